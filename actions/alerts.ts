"use server";
// Watching, alert settings and notifications (lib/alerts/, lib/forum/notifications.ts).
// Watch state and settings show only to their member, on pages read per
// request: nothing cached to expire.
import { field, fields, formAction, inPlace } from "@/lib/next/action";
import { setCategoryWatch, setThreadWatch, unwatchMany } from "@/lib/alerts/watch";
import { updatePreferences, PREFERENCE_TEXT } from "@/lib/alerts/preferences";
import { markAllNotificationsRead } from "@/lib/forum/notifications";
import { WATCH_TEXT } from "@/lib/alerts/messages";
import { BOOKMARK_TEXT, saveBookmark } from "@/lib/bookmarks/bookmarks";
import { IGNORE_TEXT, setMemberIgnore } from "@/lib/members/ignore-member";
import { t } from "@/lib/i18n/text";

export const threadWatchAction = formAction({
  input: (form) => fields(form, ["threadId", "watch"]),
  service: setThreadWatch,
  answer: ({ watching }) => inPlace(watching ? WATCH_TEXT.watchedThread : WATCH_TEXT.unwatchedThread),
});

export const categoryWatchAction = formAction({
  input: (form) => fields(form, ["categoryId", "watch"]),
  service: setCategoryWatch,
  answer: ({ watching }) => inPlace(watching ? WATCH_TEXT.watchedCategory : WATCH_TEXT.unwatchedCategory),
});

export const bulkUnwatchAction = formAction({
  // A row's own button ("only") unwatches that row alone, whatever else is ticked.
  input: (form) => ({ items: form.has("only") ? [field(form, "only")] : form.getAll("items").filter((v): v is string => typeof v === "string") }),
  service: unwatchMany,
  loginFirst: "/account/watched",
  answer: ({ count }) => inPlace(WATCH_TEXT.bulkDone(count)),
});

export const alertPreferencesAction = formAction({
  input: (form) => fields(form, ["autoWatch", "watchedEmail", "mentionEmail", "followAlerts"]),
  values: (input) => input,
  service: updatePreferences,
  loginFirst: "/account/notifications",
  answer: () => inPlace(PREFERENCE_TEXT.saved),
});

export const markAllReadAction = formAction({
  input: () => ({}),
  service: (viewer) => markAllNotificationsRead(viewer),
  loginFirst: "/notifications",
  answer: ({ count }) => inPlace(count > 0 ? t("services.alertsMarkedRead", { count }) : t("services.alertsNoneUnread")),
});

// Ignoring shows in the ignoring member's per-request pages only: nothing cached to expire.
export const memberIgnoreAction = formAction({
  input: (form) => fields(form, ["memberId", "ignore"]),
  service: setMemberIgnore,
  answer: ({ ignoring, name }) => inPlace(ignoring ? IGNORE_TEXT.ignored(name) : IGNORE_TEXT.unignored(name)),
});

// Bookmarks are private and read per request: nothing cached to expire.
export const bookmarkAction = formAction({
  input: (form) => fields(form, ["postId", "intent", "note"]),
  values: (input) => ({ note: input.note.slice(0, 500) }),
  service: saveBookmark,
  answer: ({ saved }) => inPlace(saved ? BOOKMARK_TEXT.saved : BOOKMARK_TEXT.removed),
});
