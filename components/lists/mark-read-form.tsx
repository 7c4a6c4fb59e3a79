// "Đánh dấu đã đọc": a plain form (works without JavaScript) for one
// category, or for the whole forum when no category is given.
import { ActionForm } from "@/components/forms/action-form";
import { markReadAction } from "@/actions/read-marks";

const TEXT = { category: "Đánh dấu chuyên mục đã đọc", forum: "Đánh dấu tất cả đã đọc" } as const;

export function MarkReadForm({ categoryId }: { categoryId?: number }) {
  const label = categoryId ? TEXT.category : TEXT.forum;
  return (
    <ActionForm action={markReadAction} className="mark-read-form" label={label}>
      <input type="hidden" name="categoryId" value={categoryId ?? ""} />
      <button type="submit" className="button button--small">
        {label}
      </button>
    </ActionForm>
  );
}
