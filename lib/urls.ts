// Every URL the forum links to is built here, so a route change is one edit.
import { publicOrigin } from "./public-origin";

export function threadPath(thread: { id: number; slug: string }, page = 1): string {
  const base = `/threads/${thread.slug}.${thread.id}`;
  return page > 1 ? `${base}/page-${page}` : base;
}

export function postPath(post: { id: number }): string {
  return `/posts/${post.id}`;
}

export function categoryPath(category: { slug: string }, page = 1): string {
  const base = `/categories/${category.slug}`;
  return page > 1 ? `${base}/page-${page}` : base;
}

/** Redirects to the first post the member has not read (lib/forum/unread.ts). */
export function threadUnreadPath(thread: { id: number; slug: string }): string {
  return `${threadPath(thread)}/unread`;
}

/** "Bài mới" for members, "Có gì mới" for guests. */
export const WHATS_NEW_PATH = "/whats-new";

/** The "Tạo chủ đề" form, with this category chosen. */
export function newThreadPath(category: { slug: string }): string {
  return `${categoryPath(category)}/new`;
}

export function memberPath(user: { username: string }): string {
  return `/members/${encodeURIComponent(user.username)}`;
}

/** Parses the `slug.id` segment of a thread URL; null when it has no numeric id. */
export function parseSlugId(segment: string): { slug: string; id: number } | null {
  const decoded = safeDecode(segment);
  const match = /^(?:(.*)\.)?(\d{1,10})$/.exec(decoded);
  if (!match) return null;
  const id = Number(match[2]);
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  return { slug: match[1] ?? "", id };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Public origin of the site, for every absolute link (lib/public-origin.ts: SITE_URL, else AUTH_URL, else localhost). */
export function siteUrl(): string {
  return publicOrigin();
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path}`;
}

/** Accepts only same-site absolute paths ("/x", not "//evil" or "http://…"). */
export function safeReturnPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length > 2000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f\u007f]/.test(value)) return fallback;
  // It ends up in a Location header, which takes ASCII only: anything else
  // ("/\u3000/…") is percent-encoded as a browser would, still a path here.
  try {
    return value.replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c));
  } catch {
    return fallback; // a lone surrogate cannot be encoded
  }
}

/** The search page with the given filters; defaults are left out of the URL. */
export function searchPath(params: {
  q?: string;
  thread?: number;
  member?: string;
  period?: string;
  hidden?: boolean;
  page?: number;
  /** Rank keys of search page links (lib/search/rank-key.ts). */
  after?: string;
  before?: string;
}): string {
  const query = new URLSearchParams();
  if (params.q) query.set("q", params.q);
  if (params.thread) query.set("thread", String(params.thread));
  if (params.member) query.set("member", params.member);
  if (params.period) query.set("period", params.period);
  if (params.hidden) query.set("hidden", "1");
  if (params.page && params.page > 1) query.set("page", String(params.page));
  if (params.after) query.set("after", params.after);
  else if (params.before) query.set("before", params.before);
  const qs = query.toString();
  return qs ? `/search?${qs}` : "/search";
}

/** RSS feed of a thread's newest replies. */
export function threadFeedPath(thread: { id: number; slug: string }): string {
  return `${threadPath(thread)}/feed.xml`;
}

/** RSS feed of the newest threads. */
export const SITE_FEED_PATH = "/feed.xml";
