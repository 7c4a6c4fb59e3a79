/**
 * Vietnamese-aware text folding and URL slugs.
 *
 * Vietnamese letters carry up to two marks (a vowel quality mark such as the
 * breve or circumflex, plus one of five tone marks). Decomposing to NFD turns
 * all of them into combining marks that can simply be dropped, whatever form
 * (NFC or NFD) the input came in. The one exception is đ/Đ: the stroke is not a
 * combining mark, so it has no decomposition and is mapped explicitly.
 */

const COMBINING_MARKS = /\p{M}/gu;
const FALLBACK_SLUG = "chu-de"; // "chủ đề", topic

/**
 * Lower-cases and removes every diacritic, so that "Đầu Tư" and "dau tu" compare
 * equal. Used for slugs and for accent-insensitive search.
 */
export function foldVietnamese(text: string): string {
  return (
    text
      // Lower-case first: some upper-case letters lower-case to a base letter
      // plus a combining mark (İ → i̇), which the next step then removes.
      .toLowerCase()
      .normalize("NFD")
      .replace(COMBINING_MARKS, "")
      .replace(/đ/g, "d")
      // Recompose whatever is left (e.g. Hangul), so the result is NFC too.
      .normalize("NFC")
  );
}

/**
 * Turns a title into a URL slug: "Đường đến Điện Biên" → "duong-den-dien-bien".
 * Long slugs are cut at a word boundary so no word is left half-written.
 */
export function slugify(text: string, maxLength = 80): string {
  const limit = Number.isFinite(maxLength) ? Math.max(1, Math.floor(maxLength)) : 80;
  const slug = foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return truncateAtWordBoundary(slug, limit) || FALLBACK_SLUG;
}

function truncateAtWordBoundary(slug: string, limit: number): string {
  if (slug.length <= limit) return slug;
  // The cut falls exactly between two words.
  if (slug[limit] === "-") return slug.slice(0, limit);
  const head = slug.slice(0, limit);
  const lastDash = head.lastIndexOf("-");
  // A single word longer than the limit has no boundary to cut at.
  return lastDash > 0 ? head.slice(0, lastDash) : head;
}
