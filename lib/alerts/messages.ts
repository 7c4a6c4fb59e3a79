// What members read in alerts, e-mails and the alert pages, kept together so
// they move into catalogs easily (issue 17).
export const ALERT_TEXT = {
  newReplies: (count: number, title: string) => (count <= 1 ? `Có phản hồi mới trong «${title}»` : `${count} phản hồi mới trong «${title}»`),
  newThread: (author: string, title: string, category: string) => `${author} đã tạo chủ đề «${title}» trong ${category}`,
  mention: (author: string, title: string) => `${author} đã nhắc đến bạn trong «${title}»`,
  quote: (author: string, title: string) => `${author} đã trích dẫn bài viết của bạn trong «${title}»`,
  likes: (newest: string, others: number, title: string) =>
    others > 0 ? `${newest} và ${others} người khác đã thích bài viết của bạn trong «${title}»` : `${newest} đã thích bài viết của bạn trong «${title}»`,
  followedReply: (author: string, title: string) => `${author} (bạn đang theo dõi) đã trả lời trong «${title}»`,
} as const;

export const WATCH_TEXT = {
  watchThread: "Theo dõi",
  unwatchThread: "Bỏ theo dõi",
  watchingThread: "Bạn đang theo dõi chủ đề này.",
  watchCategory: "Theo dõi chuyên mục",
  unwatchCategory: "Bỏ theo dõi chuyên mục",
  watchedThread: "Đã theo dõi chủ đề.",
  unwatchedThread: "Đã bỏ theo dõi chủ đề.",
  watchedCategory: "Đã theo dõi chuyên mục.",
  unwatchedCategory: "Đã bỏ theo dõi chuyên mục.",
  bulkDone: (n: number) => `Đã bỏ theo dõi ${n} mục.`,
  nothingChosen: "Hãy chọn ít nhất một mục.",
  mustLogIn: "Bạn cần đăng nhập để theo dõi.",
  threadMissing: "Chủ đề không tồn tại.",
  categoryMissing: "Chuyên mục không tồn tại.",
} as const;
