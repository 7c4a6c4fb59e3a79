// How a post is numbered wherever it is named: the thread shows replies as
// #1, #2… (post number 1 is the opening post, so reply #N is post number
// N + 1). Moderation pages, the log and previews use these same functions so
// "bài #2" means the same post everywhere — never the database id.

/** The reply's number as the thread shows it ("#2" for post number 3). */
export function replyOrdinal(number: number): number {
  return number - 1;
}

/** "bài mở đầu" for the opening post, "bài #N" for reply #N. */
export function postLabel(number: number): string {
  return number <= 1 ? "bài mở đầu" : `bài #${replyOrdinal(number)}`;
}

/** A report's state in words (the database keeps open | hidden | dismissed). */
export const REPORT_STATUS_LABELS: Record<string, string> = {
  open: "đang chờ",
  hidden: "đã ẩn bài",
  dismissed: "bỏ qua",
};
