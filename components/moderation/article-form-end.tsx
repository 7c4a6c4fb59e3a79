// The end both article forms share (/mod/articles and /mod/articles/fields):
// the category to publish in, then "Xem thử" and "Đăng". Inside an ActionForm,
// which shows the category's field error.
import { FieldError, FormSelect } from "@/components/forms/action-form";
import { SEED_ARTICLE_CATEGORY } from "@/lib/forum/default-categories";
import { t } from "@/lib/i18n/text";

export function ArticleFormEnd({ categories }: { categories: { id: number; slug: string; name: string }[] }) {
  return (
    <>
      <div className="field">
        <label htmlFor="article-category">{t("mod.articleFormCategory")}</label>
        <FormSelect id="article-category" name="categorySlug" defaultValue={SEED_ARTICLE_CATEGORY}>
          {categories.map((c) => (
            <option key={c.id} value={c.slug}>
              {c.name}
            </option>
          ))}
        </FormSelect>
        <FieldError name="categorySlug" />
      </div>
      <div className="composer__actions">
        <button type="submit" name="intent" value="preview" className="button">
          {t("mod.articleFormPreview")}
        </button>
        <button type="submit" name="intent" value="publish" className="button button--primary">
          {t("mod.articleFormPublish")}
        </button>
      </div>
    </>
  );
}
