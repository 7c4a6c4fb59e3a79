// Per-thread tools for moderators: lock/unlock, pin/unpin, move, rename.
import { ActionForm, FieldError, FormInput, FormSelect } from "@/components/forms/action-form";
import { threadToolAction } from "@/actions/moderation";
import { Flash } from "@/components/forms/flash";
import { canManageThread, type Viewer } from "@/lib/permissions";

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
      <label htmlFor={id}>Lý do (không bắt buộc, ghi vào nhật ký)</label>
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
      <summary>Công cụ chủ đề</summary>
      <div className="mod-menu__body">
        <ActionForm action={threadToolAction} className="mod-menu__form">
          <input type="hidden" name="threadId" value={thread.id} />
          <ReasonField id={`state-reason-${thread.id}`} />
          <div className="mod-menu__form--row">
          <button type="submit" name="tool" value={thread.locked ? "unlock" : "lock"} className="button button--small">
            {thread.locked ? "Mở khóa chủ đề" : "Khóa chủ đề"}
          </button>
          <button type="submit" name="tool" value={thread.pinned ? "unpin" : "pin"} className="button button--small">
            {thread.pinned ? "Bỏ ghim" : "Ghim chủ đề"}
          </button>
          </div>
        </ActionForm>
        <ActionForm action={threadToolAction} className="mod-menu__form">
          <input type="hidden" name="threadId" value={thread.id} />
          <input type="hidden" name="tool" value="move" />
          <label htmlFor={`move-${thread.id}`}>Chuyển sang chuyên mục</label>
          <FormSelect id={`move-${thread.id}`} name="categoryId" defaultValue={String(thread.categoryId)}>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </FormSelect>
          <ReasonField id={`move-reason-${thread.id}`} />
          <button type="submit" className="button button--small">
            Chuyển
          </button>
        </ActionForm>
        <ActionForm action={threadToolAction} className="mod-menu__form">
          <input type="hidden" name="threadId" value={thread.id} />
          <input type="hidden" name="tool" value="rename" />
          <label htmlFor={`rename-${thread.id}`}>Tiêu đề mới</label>
          <FormInput id={`rename-${thread.id}`} name="title" defaultValue={thread.title} required minLength={5} maxLength={200} />
          <FieldError name="title" />
          <ReasonField id={`rename-reason-${thread.id}`} />
          <button type="submit" className="button button--small">
            Đổi tiêu đề
          </button>
        </ActionForm>
      </div>
    </details>
    </>
  );
}
