// Sidebar widget "Thành viên mới đăng": the newest posts by members, rendered
// on the server from the list the page loaded (cached differently for guests'
// cached pages and for members: see the thread pages); on a thread page it
// refreshes itself when a reply lands.
import type { NewestPostItem } from "@/lib/forum/list-threads";
import { NewestPostsList } from "./newest-posts-list";
import { translator } from "@/lib/i18n/server";

export async function NewestPosts({ posts }: { posts: NewestPostItem[] }) {
  const t = await translator();
  // The list is a client component: it gets its few strings, not the catalogs.
  const labels = { empty: t("thread.newestEmpty"), reply: t.raw("thread.newestReply") as string, thread: t("thread.newestThread") };
  return (
    <section className="widget" aria-labelledby="widget-newest-posts">
      <h2 className="widget__title" id="widget-newest-posts">
        {t("thread.newestPosts")}
      </h2>
      <NewestPostsList initial={posts} labels={labels} />
    </section>
  );
}
