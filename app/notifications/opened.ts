// Opening /notifications marks what it lists as read. The header's unread
// badge is rendered by the layout, and a layout and its page render at the
// same time: when the page did the marking, the badge counted before it and
// still said "2" on the page that had just read them (issue 20, defect 7).
// So the marking is one per-request step that the layout waits for before it
// renders the header, and the page reads its result (React's cache: one run
// per request, whoever asks first).
import { cache } from "react";
import { readNotifications } from "@/lib/forum/notifications";
import { getViewer } from "@/lib/next/session";

export const openNotifications = cache(async () => {
  const viewer = await getViewer();
  return viewer ? readNotifications(viewer) : null;
});
