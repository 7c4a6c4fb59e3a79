// The moderator's menu on a reply: hide with a reason, restore, edit, and (for
// administrators) delete for good. A <details> of plain forms: no JavaScript needed.
import Link from "next/link";
import { ActionForm, FieldError, FormInput } from "@/components/forms/action-form";
import { hidePostAction, purgePostAction, restorePostAction } from "@/actions/moderation";
import { canEditPost, canHidePost, canPurgePost, canRestorePost, canSanction, type PostTarget, type Role, type Viewer } from "@/lib/permissions";
import { SanctionPresetForm } from "./sanction-preset-form";
import { postPath } from "@/lib/urls";
import { RemovePictureForms } from "./remove-picture-forms";
import { postLabel } from "@/lib/forum/post-label";

// A page has one such menu a reply: its name says which post it acts on
// ("Điều hành bài #3"), beginning with the visible word (WCAG 2.5.3).
const menuName = (number: number) => `Điều hành ${postLabel(number)}`;

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
      <summary aria-label={menuName(post.number)}>Điều hành</summary>
      <div className="mod-menu__body">
        {hide ? (
          <ActionForm action={hidePostAction} className="mod-menu__form" label="Ẩn bài viết">
            <input type="hidden" name="postId" value={post.id} />
            <label htmlFor={`hide-reason-${post.id}`}>Lý do ẩn (người đọc sẽ thấy)</label>
            <FormInput id={`hide-reason-${post.id}`} name="reason" required minLength={3} maxLength={500} />
            <FieldError name="reason" />
            <button type="submit" className="button button--small">
              Ẩn
            </button>
          </ActionForm>
        ) : null}
        {restore ? (
          <ActionForm action={restorePostAction} className="mod-menu__form" label="Khôi phục bài viết">
            <input type="hidden" name="postId" value={post.id} />
            <button type="submit" className="button button--small">
              Khôi phục
            </button>
          </ActionForm>
        ) : null}
        {edit ? (
          <Link href={`${postPath(post)}/edit`} className="button button--small">
            Sửa
          </Link>
        ) : null}
        {suspend ? (
          <details className="mod-menu__sub">
            <summary>Đình chỉ tác giả</summary>
            <SanctionPresetForm member={author!} postId={post.id} idPrefix={`suspend-${post.id}`} />
          </details>
        ) : null}
        <RemovePictureForms postId={post.id} viewer={viewer} />
        {purge ? (
          <ActionForm action={purgePostAction} className="mod-menu__form" label="Xóa vĩnh viễn">
            <input type="hidden" name="postId" value={post.id} />
            <label htmlFor={`purge-reason-${post.id}`}>Lý do xóa vĩnh viễn</label>
            <FormInput id={`purge-reason-${post.id}`} name="reason" required minLength={3} maxLength={500} />
            <FieldError name="reason" />
            <button type="submit" className="button button--small button--danger">
              Xóa vĩnh viễn
            </button>
          </ActionForm>
        ) : null}
      </div>
    </details>
  );
}
