// Page arithmetic of a thread: replies are numbered 2…lastNumber (post 1 is the
// opening post) and a page is a fixed range of 20 numbers, so finding a page
// or the page of a post is arithmetic, never a count. Pure: shared by the
// server, the cache tags and tests.

export const REPLIES_PER_PAGE = 20;

/** Number of reply pages (at least one). */
export function pageCount(thread: { lastNumber: number }): number {
  return Math.max(1, Math.ceil((thread.lastNumber - 1) / REPLIES_PER_PAGE));
}

/** The page a post number falls on (the opening post is on page 1). */
export function pageOfNumber(number: number): number {
  return number <= 1 ? 1 : Math.floor((number - 2) / REPLIES_PER_PAGE) + 1;
}

/** The first post number shown on a page. */
export function firstNumberOfPage(page: number): number {
  return 2 + (page - 1) * REPLIES_PER_PAGE;
}
