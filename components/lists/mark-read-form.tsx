// "Đánh dấu đã đọc": a plain form (works without JavaScript) for one
// category, or for the whole forum when no category is given.
import { ActionForm } from "@/components/forms/action-form";
import { markReadAction } from "@/actions/read-marks";
import { translator } from "@/lib/i18n/server";

export async function MarkReadForm({ categoryId }: { categoryId?: number }) {
  const t = await translator();
  const label = categoryId ? t("lists.markCategoryRead") : t("lists.markAllRead");
  return (
    <ActionForm action={markReadAction} className="mark-read-form" label={label}>
      <input type="hidden" name="categoryId" value={categoryId ?? ""} />
      <button type="submit" className="button button--small">
        {label}
      </button>
    </ActionForm>
  );
}
