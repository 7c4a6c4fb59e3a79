// The moderator's menu on a reply: hide with a reason, restore, edit, and (for
// administrators) delete for good. A <details> of plain forms: no JavaScript needed.
import Link from "next/link";
import { ActionForm, FieldError, FormInput } from "@/components/forms/action-form";
import { hidePostAction, purgePostAction, restorePostAction } from "@/actions/moderation";
import { canEditPost, canHidePost, canPurgePost, canRestorePost, canSanction, type PostTarget, type Role, type Viewer } from "@/lib/permissions";
import { SanctionPresetForm } from "./sanction-preset-form";
import { postPath } from "@/lib/urls";
import { RemovePictureForms } from "./remove-picture-forms";
import { postPlaceLabel } from "@/lib/mod-log/labels";
import { localized } from "@/lib/i18n/server";
import { t } from "@/lib/i18n/text";

// A page has one such menu a reply: its name says which post it acts on
// ("Điều hành bài #3"), beginning with the visible word (WCAG 2.5.3).
const menuName = (number: number) => t("mod.postToolsMenuName", { post: postPlaceLabel(number) });

type Props = {
  post: PostTarget & { id: number; format: string };
  viewer: Viewer | null;
  editWindowMinutes: number;
  /** The post's author, for "Đình chỉ tác giả" (left out: no such form). */
  author?: { id: number; role: string; displayName: string };
};

export function PostModTools({ post, viewer, editWindowMinutes, author }: Props) {
  const hide = canHidePost(viewer, post);
  const restore = canRestorePost(viewer, post);
  const purge = canPurgePost(viewer, post);
  // An imported article (format "article") is not edited with the Markdown form.
  const edit = post.format === "markdown" && canEditPost(viewer, post, { editWindowMinutes });
  const suspend = !!author && canSanction(viewer, { id: author.id, role: author.role as Role });
  if (!hide && !restore && !purge) return null;
  return (
    <details className="mod-menu" data-testid="mod-menu">
      <summary aria-label={menuName(post.number)}>{t("mod.postToolsMenu")}</summary>
      <div className="mod-menu__body">
        {hide ? (
          <ActionForm action={hidePostAction} className="mod-menu__form" label={t("mod.postToolsHideLabel")}>
            <input type="hidden" name="postId" value={post.id} />
            <label htmlFor={`hide-reason-${post.id}`}>{t("mod.postToolsHideReason")}</label>
            <FormInput id={`hide-reason-${post.id}`} name="reason" required minLength={3} maxLength={500} />
            <FieldError name="reason" />
            <button type="submit" className="button button--small">
              {t("mod.postToolsHide")}
            </button>
          </ActionForm>
        ) : null}
        {restore ? (
          <ActionForm action={restorePostAction} className="mod-menu__form" label={t("mod.postToolsRestoreLabel")}>
            <input type="hidden" name="postId" value={post.id} />
            <button type="submit" className="button button--small">
              {t("mod.postToolsRestore")}
            </button>
          </ActionForm>
        ) : null}
        {edit ? (
          <Link href={localized(`${postPath(post)}/edit`)} className="button button--small">
            {t("mod.postToolsEdit")}
          </Link>
        ) : null}
        {suspend ? (
          <details className="mod-menu__sub">
            <summary>{t("mod.postToolsSuspendAuthor")}</summary>
            <SanctionPresetForm member={author!} postId={post.id} idPrefix={`suspend-${post.id}`} />
          </details>
        ) : null}
        <RemovePictureForms postId={post.id} viewer={viewer} />
        {purge ? (
          <ActionForm action={purgePostAction} className="mod-menu__form" label={t("mod.postToolsPurge")}>
            <input type="hidden" name="postId" value={post.id} />
            <label htmlFor={`purge-reason-${post.id}`}>{t("mod.postToolsPurgeReason")}</label>
            <FormInput id={`purge-reason-${post.id}`} name="reason" required minLength={3} maxLength={500} />
            <FieldError name="reason" />
            <button type="submit" className="button button--small button--danger">
              {t("mod.postToolsPurge")}
            </button>
          </ActionForm>
        ) : null}
      </div>
    </details>
  );
}
