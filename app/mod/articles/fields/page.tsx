// Administrators publish an article by typing its fields, for a text that was
// not scraped from the source forum (the pasted page is /mod/articles).
import { notFound } from "next/navigation";
import { ActionForm, FieldError, FormInput, FormTextarea } from "@/components/forms/action-form";
import { ArticlePreview } from "@/components/moderation/article-preview";
import { ArticleImagesField } from "@/components/moderation/article-images-field";
import { getSettings } from "@/lib/settings";
import { publishArticleFieldsAction } from "@/actions/moderation";
import { listCategories } from "@/lib/forum/list-threads";
import { ArticleFormEnd } from "@/components/moderation/article-form-end";
import { canPublishArticle } from "@/lib/permissions";
import { getViewer } from "@/lib/next/session";
import { localized } from "@/lib/i18n/server";
import { t } from "@/lib/i18n/text";
import { articlePreviewLabels } from "@/components/moderation/article-preview-labels";

type Field = { name: string; label: string; hint?: string; required?: boolean; max: number; rows?: number; type?: string };

/** The article's fields, labelled in the page's language. */
function fields(): Field[] {
  return [
    { name: "title", label: t("mod.articleFieldsTitle"), required: true, max: 200 },
    { name: "author", label: t("mod.articleFieldsAuthor"), required: true, max: 60, hint: t("mod.articleFieldsAuthorHint") },
    { name: "userTitle", label: t("mod.articleFieldsUserTitle"), max: 50 },
    { name: "lead", label: t("mod.articleFieldsLead"), max: 1000, rows: 3 },
    { name: "body", label: t("mod.articleFieldsBody"), required: true, max: 200_000, rows: 14 },
    { name: "source", label: t("mod.articleFieldsSource"), max: 100, hint: t("mod.articleFieldsSourceHint") },
    { name: "sourceUrl", label: t("mod.articleFieldsSourceUrl"), max: 500, type: "url" },
  ];
}

export async function generateMetadata() {
  return { title: t("mod.articleFieldsPageTitle") };
}

export default async function ArticleFieldsPage() {
  if (!canPublishArticle(await getViewer())) notFound();
  const [categories, settings] = await Promise.all([listCategories(), getSettings()]);
  return (
    <>
      <h1 className="page-title">{t("mod.articleFieldsPageTitle")}</h1>
      <p className="page-description">
        {t("mod.articleFieldsIntro")} <a href={localized("/mod/articles")}>{t("mod.articleFieldsPasted")}</a>.
      </p>
      <ActionForm action={publishArticleFieldsAction} className="form" label={t("mod.articleFieldsPageTitle")}>
        <ArticlePreview labels={articlePreviewLabels()} />
        {fields().map((f) => (
          <div className="field" key={f.name}>
            <label htmlFor={`article-${f.name}`}>
              {f.label}
              {f.required ? " *" : ""}
            </label>
            {f.rows ? (
              <FormTextarea id={`article-${f.name}`} name={f.name} rows={f.rows} maxLength={f.max} required={f.required} />
            ) : (
              <FormInput id={`article-${f.name}`} name={f.name} type={f.type ?? "text"} maxLength={f.max} required={f.required} />
            )}
            {f.hint ? <span className="field__hint">{f.hint}</span> : null}
            <FieldError name={f.name} />
          </div>
        ))}
        <ArticleImagesField form="fields" maxMegabytes={settings.maxImageMegabytes} />
        <ArticleFormEnd categories={categories} />
      </ActionForm>
    </>
  );
}
