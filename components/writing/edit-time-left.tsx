// "còn X phút để sửa" beside a member's "Sửa" (and on the edit form): the
// edit window of lib/permissions.ts, counted when the page is rendered (the
// member's thread pages are rendered per request). Nothing for staff, who
// have no window, or when the post cannot be edited.
import { editMinutesLeft } from "@/lib/forum/edit-window";
import { translator } from "@/lib/i18n/server";
import type { PostTarget, Viewer } from "@/lib/permissions";

type Props = { viewer: Viewer | null; post: PostTarget & { format?: string }; editWindowMinutes: number; className?: string };

export async function EditTimeLeft({ viewer, post, editWindowMinutes, className = "reply__edit-left" }: Props) {
  if (post.format !== undefined && post.format !== "markdown") return null;
  const minutes = editMinutesLeft(viewer, post, { editWindowMinutes });
  if (minutes === null) return null;
  const t = await translator();
  return (
    <span className={className} data-testid="edit-time-left">
      {t("posts.editMinutesLeft", { minutes })}
    </span>
  );
}
