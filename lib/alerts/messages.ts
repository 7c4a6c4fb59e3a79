// What members read in alerts, in the RECIPIENT's language: an alert is
// written for one member (Notification.message), so it is written in the
// language they chose (User.locale; never chosen: Vietnamese) when it is
// created — the table keeps the text, not the parameters. What members wrote
// (titles, names) is never translated.
import { t, translatorFor } from "@/lib/i18n/text";

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

// The watch services' answers and refusals, in the request's language:
// getters, so WATCH_TEXT.watchedThread is read when the answer is made.
export const WATCH_TEXT = {
  watchThread: "Theo dõi",
  unwatchThread: "Bỏ theo dõi",
  watchingThread: "Bạn đang theo dõi chủ đề này.",
  watchCategory: "Theo dõi chuyên mục",
  unwatchCategory: "Bỏ theo dõi chuyên mục",
  get watchedThread() {
    return t("alerts.watchedThread");
  },
  get unwatchedThread() {
    return t("alerts.unwatchedThread");
  },
  get watchedCategory() {
    return t("alerts.watchedCategory");
  },
  get unwatchedCategory() {
    return t("alerts.unwatchedCategory");
  },
  bulkDone: (n: number) => t("alerts.bulkUnwatched", { count: n }),
  nothingChosen: "Hãy chọn ít nhất một mục.",
  get mustLogIn() {
    return t("alerts.watchMustLogIn");
  },
  get threadMissing() {
    return t("alerts.watchThreadMissing");
  },
  get categoryMissing() {
    return t("alerts.watchCategoryMissing");
  },
};
