// "Đánh dấu" on a post, in the page's language: the words are chosen here,
// on the server; the form is bookmark-form-client.tsx.
import { translator } from "@/lib/i18n/server";
import { BookmarkFormClient } from "./bookmark-form-client";

export async function BookmarkForm({ postId, saved, note }: { postId: number; saved: boolean; note: string | null }) {
  const t = await translator();
  const labels = {
    add: t("posts.bookmark"),
    saved: t("posts.bookmarked"),
    note: t("posts.bookmarkNote"),
    save: t("posts.bookmarkSave"),
    remove: t("posts.unbookmark"),
  };
  return <BookmarkFormClient postId={postId} saved={saved} note={note} labels={labels} />;
}
