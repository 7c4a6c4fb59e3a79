/**
 * What the search index holds for one post, whatever the engine: the thread's
 * title (on the opening post only, so a title match is one result, not one per
 * reply) and the post's readable text. The same text feeds the result
 * snippets, so a snippet always shows the words that matched.
 */
import type { ArticleBlock } from "@/lib/article-import/parse";
import { foldVietnamese } from "@/lib/slug";
import { htmlToText } from "@/lib/text";

export type IndexablePost = {
  number: number;
  /** article (JSON blocks) | markdown (rendered to html) */
  format: string;
  source: string;
  html: string;
  thread: { title: string; lead: string | null };
};

/** What every engine reads of a post to index it (the fields of IndexablePost). */
export const indexableSelect = {
  id: true,
  number: true,
  format: true,
  source: true,
  html: true,
  thread: { select: { title: true, lead: true } },
} as const;

/** Posts read and written per statement when an engine rebuilds its index. */
export const REBUILD_BATCH = 500;

export type SearchDocument = { title: string; body: string };

/** The four columns an accent-aware index stores: as written, and folded. */
export type SearchColumns = { title: string; body: string; titleFolded: string; bodyFolded: string };

export function searchDocumentFor(post: IndexablePost): SearchDocument {
  const isOpening = post.number === 1;
  const text = post.format === "article" ? articleText(post.source, post.html) : htmlToText(post.html);
  const lead = isOpening && post.thread.lead ? post.thread.lead : "";
  return {
    title: isOpening ? post.thread.title : "",
    body: lead && text ? `${lead}\n\n${text}` : lead || text,
  };
}

export function searchColumnsFor(doc: SearchDocument): SearchColumns {
  // Case is folded here rather than trusted to each engine's tokenizer.
  const title = doc.title.normalize("NFC").toLowerCase();
  const body = doc.body.normalize("NFC").toLowerCase();
  return { title, body, titleFolded: foldVietnamese(title), bodyFolded: foldVietnamese(body) };
}

/**
 * An article's text comes from its blocks rather than its html: the html of a
 * missing attachment carries placeholder wording ("Ảnh đính kèm không có…")
 * that is page furniture, not something a reader searches for.
 */
function articleText(source: string, html: string): string {
  let blocks: ArticleBlock[];
  try {
    blocks = JSON.parse(source) as ArticleBlock[];
    if (!Array.isArray(blocks)) throw new TypeError("not a block list");
  } catch {
    return htmlToText(html);
  }
  return blocks
    .map((block) => (block.type === "image" ? block.filename : block.text))
    .filter((text): text is string => typeof text === "string" && text !== "")
    .join("\n\n");
}
