// What the publish form's "Xem thử" shows (issue 20, defect 4: it was the
// parsed article as raw JSON): the article as its thread page would show
// it — title, author and user title, date, lead, body HTML (rendered and
// escaped by the same renderer as the published post), source credit.
// Strings only: it travels in the form's state.
import type { ParsedArticle } from "./parse";
import { renderArticleHtml } from "./render-html";

export type ArticlePreviewData = {
  title: string;
  author: string;
  userTitle: string;
  publishedAt: string;
  lead: string;
  html: string;
  source: string;
  sourceUrl: string;
};

export function articlePreviewData(article: ParsedArticle): ArticlePreviewData {
  return {
    title: article.title,
    author: article.author,
    userTitle: article.userTitle ?? "",
    publishedAt: article.publishedAt ?? "",
    lead: article.lead ?? "",
    html: renderArticleHtml(article.blocks),
    source: article.source ?? "",
    sourceUrl: article.sourceUrl ?? "",
  };
}
