// Categories for administrators: create, rename, describe, order, and delete
// the empty ones. Every form works without JavaScript.
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm, FieldError, FormInput, FormRadio } from "@/components/forms/action-form";
import { Flash } from "@/components/forms/flash";
import { createCategoryAction, deleteCategoryAction, updateCategoryAction } from "@/actions/moderation";
import { listCategories } from "@/lib/forum/list-threads";
import { canManageCategories } from "@/lib/permissions";
import { getViewer } from "@/lib/next/session";

export const metadata = { title: "Chuyên mục" };

/** The fields both forms share; `idPrefix` keeps label ids unique on the page. */
function CategoryFields({
  idPrefix,
  name,
  description,
  position,
  staffOnly = false,
}: {
  idPrefix: string;
  name?: string;
  description?: string;
  position?: string;
  staffOnly?: boolean;
}) {
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-name`}>Tên chuyên mục</label>
        <FormInput id={`${idPrefix}-name`} name="name" defaultValue={name} required minLength={2} maxLength={60} />
        <FieldError name="name" />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-description`}>Mô tả (không bắt buộc)</label>
        <FormInput id={`${idPrefix}-description`} name="description" defaultValue={description} maxLength={300} />
        <FieldError name="description" />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-position`}>Thứ tự (số nhỏ đứng trước)</label>
        <FormInput id={`${idPrefix}-position`} name="position" type="number" min={0} max={1000} step={1} defaultValue={position} />
        <FieldError name="position" />
      </div>
      <fieldset className="field">
        <legend>Ai được tạo chủ đề</legend>
        <div className="radio-row">
          <label className="radio"><FormRadio name="staffThreadsOnly" value="members" defaultChecked={!staffOnly} /> Mọi thành viên</label>
          <label className="radio"><FormRadio name="staffThreadsOnly" value="staff" defaultChecked={staffOnly} /> Chỉ ban điều hành</label>
        </div>
        <FieldError name="staffThreadsOnly" />
      </fieldset>
    </>
  );
}

export default async function CategoriesPage({ searchParams }: { searchParams: Promise<{ done?: string | string[] }> }) {
  if (!canManageCategories(await getViewer())) notFound();
  const { done } = await searchParams;
  const categories = await listCategories();
  return (
    <>
      <h1 className="page-title">Chuyên mục</h1>
      <Flash code={done} />
      <p className="page-description">
        Địa chỉ của chuyên mục được tạo từ tên khi tạo và giữ nguyên khi đổi tên. Chỉ xóa được chuyên mục không còn chủ đề nào.
      </p>

      {categories.map((c) => (
        <section key={c.id} className="block block--padded" aria-labelledby={`category-${c.id}-title`} data-testid="category-admin">
          <h2 id={`category-${c.id}-title`} className="block__title">
            {c.name}
          </h2>
          <p>
            <Link href={`/categories/${c.slug}`}>/categories/{c.slug}</Link> · {c.threadCount} chủ đề ·{" "}
            {c.staffThreadsOnly ? "chỉ ban điều hành tạo chủ đề" : "mọi thành viên tạo chủ đề"}
          </p>
          <ActionForm action={updateCategoryAction} className="form" label={`Sửa chuyên mục ${c.name}`}>
            <input type="hidden" name="categoryId" value={c.id} />
            <CategoryFields idPrefix={`category-${c.id}`} name={c.name} description={c.description ?? ""} position={String(c.position)} staffOnly={c.staffThreadsOnly} />
            <button type="submit" className="button button--small">Lưu chuyên mục</button>
          </ActionForm>
          {c.threadCount === 0 ? (
            <ActionForm action={deleteCategoryAction} className="mod-menu__form" label={`Xóa chuyên mục ${c.name}`}>
              <input type="hidden" name="categoryId" value={c.id} />
              <button type="submit" className="button button--small button--danger">Xóa chuyên mục</button>
            </ActionForm>
          ) : (
            <p className="field__hint">Muốn xóa, hãy chuyển các chủ đề sang chuyên mục khác trước (công cụ chủ đề).</p>
          )}
        </section>
      ))}

      <section className="block block--padded" aria-labelledby="new-category-title">
        <h2 id="new-category-title" className="block__title">Tạo chuyên mục</h2>
        <ActionForm action={createCategoryAction} className="form" label="Tạo chuyên mục">
          <CategoryFields idPrefix="new-category" />
          <button type="submit" className="button button--primary">Tạo chuyên mục</button>
        </ActionForm>
      </section>
    </>
  );
}
