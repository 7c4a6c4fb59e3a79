// Whether a post's Markdown carries a link: what spammers' first posts are
// for. Counts explicit URLs (http://, https://, www.), Markdown links and
// autolinks with any scheme, and bare domain names with a common top-level
// domain ("example.com/khuyen-mai"), which the renderer's linkify would turn
// into links. Mentions (@name) and links inside the forum (/posts/12) are
// not links out and are allowed.
const URL_LIKE = /\b(?:https?|ftp):\/\/|\bwww\.[a-z0-9-]|<[a-z][a-z0-9+.-]*:[^>\s]+>/i;
// A member's own uploaded picture (`![alt](upload:12)`, lib/uploads) is not a link out.
const MARKDOWN_LINK = /\]\(\s*(?!\/(?!\/)|#|upload:\d+\s*\))[^)\s]+/;
const BARE_DOMAIN = /\b[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.(?:com|net|org|info|biz|vn|io|co|me|xyz|top|online|site|shop|ru|cn|tk|ly|gl|link|click)\b/i;

export function containsLink(markdown: string): boolean {
  return URL_LIKE.test(markdown) || MARKDOWN_LINK.test(markdown) || BARE_DOMAIN.test(markdown.normalize("NFKC"));
}
