// How a post is numbered wherever it is named: the thread shows replies as
// #1, #2… (post number 1 is the opening post, so reply #N is post number
// N + 1). Moderation pages, the log and previews number posts with it (their
// words, "bài #2" / "post #2", are lib/mod-log/labels.ts postPlaceLabel), so
// a number means the same post everywhere — never the database id.

/** The reply's number as the thread shows it ("#2" for post number 3). */
export function replyOrdinal(number: number): number {
  return number - 1;
}
