// What members read in alerts, in the RECIPIENT's language: an alert is
// written for one member (Notification.message), so it is written in the
// language they chose (User.locale; never chosen: Vietnamese) when it is
// created — the table keeps the text, not the parameters. What members wrote
// (titles, names) is never translated.
import { translatorFor } from "@/lib/i18n/text";

type Locale = string | null | undefined;

export const ALERT_TEXT = {
  newReplies: (locale: Locale, count: number, title: string) => {
    const t = translatorFor(locale);
    return t("alerts.newReplies", { count: Math.max(count, 1), title });
  },
  newThread: (locale: Locale, author: string, title: string, category: string) => {
    const t = translatorFor(locale);
    return t("alerts.newThread", { author, title, category });
  },
  mention: (locale: Locale, author: string, title: string) => {
    const t = translatorFor(locale);
    return t("alerts.mention", { author, title });
  },
  quote: (locale: Locale, author: string, title: string) => {
    const t = translatorFor(locale);
    return t("alerts.quote", { author, title });
  },
  likes: (locale: Locale, newest: string, others: number, title: string) => {
    const t = translatorFor(locale);
    return t("alerts.likes", { newest, others: Math.max(others, 0), title });
  },
  followedReply: (locale: Locale, author: string, title: string) => {
    const t = translatorFor(locale);
    return t("alerts.followedReply", { author, title });
  },
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
