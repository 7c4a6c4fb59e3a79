// "Đánh dấu" on a post, in the page's language: the words are chosen here,
// on the server; the form is bookmark-form-client.tsx.
import { cache } from "react";
import { translator } from "@/lib/i18n/server";
import { BookmarkFormClient } from "./bookmark-form-client";

// One object per request, passed to every post's form: the page's RSC payload
// then carries it once and refers to it (React dedupes a prop object it has
// already sent), instead of once per reply.
const bookmarkLabels = cache(async () => {
  const t = await translator();
  return {
    add: t("posts.bookmark"),
    saved: t("posts.bookmarked"),
    note: t("posts.bookmarkNote"),
    save: t("posts.bookmarkSave"),
    remove: t("posts.unbookmark"),
  };
});

export async function BookmarkForm({ postId, saved, note }: { postId: number; saved: boolean; note: string | null }) {
  const labels = await bookmarkLabels();
  return <BookmarkFormClient postId={postId} saved={saved} note={note} labels={labels} />;
}
