// Per-thread tools for moderators: lock/unlock, pin/unpin, move, rename.
import { ActionForm, FieldError, FormInput, FormSelect } from "@/components/forms/action-form";
import { threadToolAction } from "@/actions/moderation";
import { Flash } from "@/components/forms/flash";
import { canManageThread, type Viewer } from "@/lib/permissions";
import { t } from "@/lib/i18n/text";

type Props = {
  thread: { id: number; title: string; locked: boolean; pinned: boolean; categoryId: number };
  viewer: Viewer | null;
  categories: { id: number; name: string }[];
  /** ?done=… after a tool was used: confirmed above the menu. */
  done?: string | string[];
};

/** The optional reason every tool takes, kept in the moderation log. */
function ReasonField({ id }: { id: string }) {
  return (
    <>
      <label htmlFor={id}>{t("mod.threadToolsReason")}</label>
      <FormInput id={id} name="reason" maxLength={500} />
      <FieldError name="reason" />
    </>
  );
}

export function ThreadModTools({ thread, viewer, categories, done }: Props) {
  if (!canManageThread(viewer)) return null;
  return (
    <>
    <Flash code={done} />
    <details className="mod-menu mod-menu--thread" data-testid="thread-tools">
      <summary>{t("mod.threadToolsMenu")}</summary>
      <div className="mod-menu__body">
        <ActionForm action={threadToolAction} className="mod-menu__form">
          <input type="hidden" name="threadId" value={thread.id} />
          <ReasonField id={`state-reason-${thread.id}`} />
          <div className="mod-menu__form--row">
          <button type="submit" name="tool" value={thread.locked ? "unlock" : "lock"} className="button button--small">
            {thread.locked ? t("mod.threadToolsUnlock") : t("mod.threadToolsLock")}
          </button>
          <button type="submit" name="tool" value={thread.pinned ? "unpin" : "pin"} className="button button--small">
            {thread.pinned ? t("mod.threadToolsUnpin") : t("mod.threadToolsPin")}
          </button>
          </div>
        </ActionForm>
        <ActionForm action={threadToolAction} className="mod-menu__form">
          <input type="hidden" name="threadId" value={thread.id} />
          <input type="hidden" name="tool" value="move" />
          <label htmlFor={`move-${thread.id}`}>{t("mod.threadToolsMoveTo")}</label>
          <FormSelect id={`move-${thread.id}`} name="categoryId" defaultValue={String(thread.categoryId)}>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </FormSelect>
          <ReasonField id={`move-reason-${thread.id}`} />
          <button type="submit" className="button button--small">
            {t("mod.threadToolsMove")}
          </button>
        </ActionForm>
        <ActionForm action={threadToolAction} className="mod-menu__form">
          <input type="hidden" name="threadId" value={thread.id} />
          <input type="hidden" name="tool" value="rename" />
          <label htmlFor={`rename-${thread.id}`}>{t("mod.threadToolsNewTitle")}</label>
          <FormInput id={`rename-${thread.id}`} name="title" defaultValue={thread.title} required minLength={5} maxLength={200} />
          <FieldError name="title" />
          <ReasonField id={`rename-reason-${thread.id}`} />
          <button type="submit" className="button button--small">
            {t("mod.threadToolsRename")}
          </button>
        </ActionForm>
      </div>
    </details>
    </>
  );
}
