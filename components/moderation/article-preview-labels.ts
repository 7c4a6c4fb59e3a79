// The words of the publish forms' dry run (article-preview.tsx, a client
// component), made on the server in the page's language and passed as a prop.
import "server-only";
import { t } from "@/lib/i18n/text";
import type { ArticlePreviewLabels } from "./article-preview";

export function articlePreviewLabels(): ArticlePreviewLabels {
  return {
    region: t("mod.articlePreviewRegion"),
    label: t("mod.articlePreviewLabel"),
    source: t("mod.articlePreviewSource"),
    original: t("mod.articlePreviewOriginal"),
    published: t("mod.articlePreviewPublished"),
  };
}
