// Administrators publish an article by pasting a page scraped from the source
// forum: the same rules as `npm run import:article` (re-publishing the same
// source updates its thread). "Xem thử" shows what would be published.
import { notFound } from "next/navigation";
import { ActionForm, FieldError, FormTextarea } from "@/components/forms/action-form";
import { ArticlePreview } from "@/components/moderation/article-preview";
import { ArticleImagesField } from "@/components/moderation/article-images-field";
import { getSettings } from "@/lib/settings";
import { publishArticleAction } from "@/actions/moderation";
import { listCategories } from "@/lib/forum/list-threads";
import { ArticleFormEnd } from "@/components/moderation/article-form-end";
import { canPublishArticle } from "@/lib/permissions";
import { getViewer } from "@/lib/next/session";
import { localized, translator } from "@/lib/i18n/server";
import { articlePreviewLabels } from "@/components/moderation/article-preview-labels";

export async function generateMetadata() {
  const t = await translator();
  return { title: t("mod.articlesTitle") };
}

export default async function PublishArticlePage() {
  if (!canPublishArticle(await getViewer())) notFound();
  const [categories, settings] = await Promise.all([listCategories(), getSettings()]);
  const t = await translator();
  return (
    <>
      <h1 className="page-title">{t("mod.articlesTitle")}</h1>
      <p className="page-description">
        {t("mod.articlesIntro")}
      </p>
      <p>
        <a href={localized("/mod/articles/fields")}>{t("mod.articlesByFields")}</a>
      </p>
      <ActionForm action={publishArticleAction} className="form" label={t("mod.articlesTitle")}>
        <ArticlePreview labels={articlePreviewLabels()} />
        <div className="field">
          <label htmlFor="article-text">{t("mod.articlesPageText")}</label>
          <FormTextarea id="article-text" name="text" rows={16} required />
          <FieldError name="text" />
        </div>
        <ArticleImagesField form="pasted" maxMegabytes={settings.maxImageMegabytes} />
        <ArticleFormEnd categories={categories} />
      </ActionForm>
    </>
  );
}
