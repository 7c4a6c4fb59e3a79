// The image files of the article publish forms (/mod/articles and
// /mod/articles/fields): a plain multiple file input that goes with the form
// without JavaScript; the server matches the files to the pictures the
// article names and stores them as `import:article --images DIR` does
// (lib/article-import/form-images.ts).
import { FieldError } from "@/components/forms/action-form";
import { t } from "@/lib/i18n/text";

export function ArticleImagesField({ form, maxMegabytes }: { form: "pasted" | "fields"; maxMegabytes: number }) {
  return (
    <div className="field">
      <label htmlFor="article-images">{t("mod.articleImagesLabel")}</label>
      <input id="article-images" type="file" name="images" multiple accept="image/jpeg,image/png,image/webp,image/gif,image/avif" aria-describedby="article-images-hint" />
      <span id="article-images-hint" className="field__hint">
        {form === "pasted" ? t("mod.articleImagesPasted") : t("mod.articleImagesFields")} {t("mod.articleImagesLimit", { mb: maxMegabytes })}
      </span>
      <FieldError name="images" />
    </div>
  );
}
