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
import { localized, translator } from "@/lib/i18n/server";
import { t } from "@/lib/i18n/text";

export async function generateMetadata() {
  const t = await translator();
  return { title: t("mod.categoriesTitle") };
}

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
        <label htmlFor={`${idPrefix}-name`}>{t("mod.categoriesName")}</label>
        <FormInput id={`${idPrefix}-name`} name="name" defaultValue={name} required minLength={2} maxLength={60} />
        <FieldError name="name" />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-description`}>{t("mod.categoriesDescription")}</label>
        <FormInput id={`${idPrefix}-description`} name="description" defaultValue={description} maxLength={300} />
        <FieldError name="description" />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-position`}>{t("mod.categoriesPosition")}</label>
        <FormInput id={`${idPrefix}-position`} name="position" type="number" min={0} max={1000} step={1} defaultValue={position} />
        <FieldError name="position" />
      </div>
      <fieldset className="field">
        <legend>{t("mod.categoriesWhoStarts")}</legend>
        <div className="radio-row">
          <label className="radio"><FormRadio name="staffThreadsOnly" value="members" defaultChecked={!staffOnly} /> {t("mod.categoriesEveryone")}</label>
          <label className="radio"><FormRadio name="staffThreadsOnly" value="staff" defaultChecked={staffOnly} /> {t("mod.categoriesStaffOnly")}</label>
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
  const t = await translator();
  return (
    <>
      <h1 className="page-title">{t("mod.categoriesTitle")}</h1>
      <Flash code={done} />
      <p className="page-description">
        {t("mod.categoriesIntro")}
      </p>

      {categories.map((c) => (
        <section key={c.id} className="block block--padded" aria-labelledby={`category-${c.id}-title`} data-testid="category-admin">
          <h2 id={`category-${c.id}-title`} className="block__title">
            {c.name}
          </h2>
          <p>
            <Link href={localized(`/categories/${c.slug}`)}>/categories/{c.slug}</Link> · {t("mod.categoriesThreadCount", { count: c.threadCount })} ·{" "}
            {c.staffThreadsOnly ? t("mod.categoriesStaffStart") : t("mod.categoriesEveryoneStarts")}
          </p>
          <ActionForm action={updateCategoryAction} className="form" label={t("mod.categoriesEditLabel", { name: c.name })}>
            <input type="hidden" name="categoryId" value={c.id} />
            <CategoryFields idPrefix={`category-${c.id}`} name={c.name} description={c.description ?? ""} position={String(c.position)} staffOnly={c.staffThreadsOnly} />
            <button type="submit" className="button button--small">{t("mod.categoriesSave")}</button>
          </ActionForm>
          {c.threadCount === 0 ? (
            <ActionForm action={deleteCategoryAction} className="mod-menu__form" label={t("mod.categoriesDeleteLabel", { name: c.name })}>
              <input type="hidden" name="categoryId" value={c.id} />
              <button type="submit" className="button button--small button--danger">{t("mod.categoriesDelete")}</button>
            </ActionForm>
          ) : (
            <p className="field__hint">{t("mod.categoriesDeleteHint")}</p>
          )}
        </section>
      ))}

      <section className="block block--padded" aria-labelledby="new-category-title">
        <h2 id="new-category-title" className="block__title">{t("mod.categoriesCreate")}</h2>
        <ActionForm action={createCategoryAction} className="form" label={t("mod.categoriesCreate")}>
          <CategoryFields idPrefix="new-category" />
          <button type="submit" className="button button--primary">{t("mod.categoriesCreate")}</button>
        </ActionForm>
      </section>
    </>
  );
}
