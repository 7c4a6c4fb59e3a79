// "còn X phút để sửa": how long a member still has to edit their own post.
// The same rule as canEditPost (lib/permissions.ts), which stays the only
// judge; this only counts the minutes the page shows beside "Sửa" and on the
// edit form. Staff have no window (null: nothing to show).
import { canEditPost, isStaff, type ForumSettings, type PostTarget, type Viewer } from "@/lib/permissions";

/** Whole minutes left, rounded up (a post 29 min 10 s old in a 30-minute window has 1), or null. */
export function editMinutesLeft(
  viewer: Viewer | null,
  post: PostTarget,
  settings: ForumSettings,
  now: Date = new Date(),
): number | null {
  if (!viewer || isStaff(viewer) || !canEditPost(viewer, post, settings, now)) return null;
  const leftMs = post.createdAt.getTime() + settings.editWindowMinutes * 60_000 - now.getTime();
  return Math.max(1, Math.ceil(leftMs / 60_000));
}
