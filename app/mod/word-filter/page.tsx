// Administrators' word filter: phrases that refuse a post or send it for approval.
import { notFound } from "next/navigation";
import { ActionForm, FieldError, FormInput, FormRadio } from "@/components/forms/action-form";
import { addWordFilterAction, removeWordFilterAction } from "@/actions/moderation";
import { listWordFilters } from "@/lib/moderation/word-filter";
import { canManageSettings } from "@/lib/permissions";
import { getViewer } from "@/lib/next/session";

export const metadata = { title: "Bộ lọc từ" };

export default async function WordFilterPage() {
  if (!canManageSettings(await getViewer())) notFound();
  const rules = await listWordFilters();
  return (
    <>
      <h1 className="page-title">Bộ lọc từ</h1>
      <p className="page-description">
        So khớp không phân biệt hoa thường và có dấu hay không (“lừa đảo” cũng bắt “LUA DAO”), theo nguyên từ.
      </p>
      <ActionForm action={addWordFilterAction} className="form" label="Thêm từ lọc">
        <div className="field">
          <label htmlFor="filter-phrase">Từ hoặc cụm từ</label>
          <FormInput id="filter-phrase" name="phrase" required minLength={2} maxLength={100} />
          <FieldError name="phrase" />
        </div>
        <div className="radio-row">
          <label className="radio"><FormRadio name="action" value="refuse" defaultChecked /> Từ chối bài viết</label>
          <label className="radio"><FormRadio name="action" value="queue" /> Đưa vào hàng chờ duyệt</label>
        </div>
        <div className="composer__actions">
          <button type="submit" className="button button--primary">Thêm</button>
        </div>
      </ActionForm>
      <table className="table" data-testid="word-filters">
        <thead>
          <tr><th scope="col">Cụm từ</th><th scope="col">Xử lý</th><th scope="col"><span className="visually-hidden">Xóa</span></th></tr>
        </thead>
        <tbody>
          {rules.map((rule) => (
            <tr key={rule.id}>
              <td>{rule.phrase}</td>
              <td>{rule.action === "refuse" ? "Từ chối" : "Chờ duyệt"}</td>
              <td>
                <ActionForm action={removeWordFilterAction}>
                  <input type="hidden" name="id" value={rule.id} />
                  <button type="submit" className="button button--small" aria-label={`Xóa “${rule.phrase}”`}>Xóa</button>
                </ActionForm>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
