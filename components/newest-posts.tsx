// Sidebar widget "Thành viên mới đăng": the newest posts by members, rendered
// on the server from the list the page loaded (cached differently for guests'
// cached pages and for members: see the thread pages); on a thread page it
// refreshes itself when a reply lands.
import type { NewestPostItem } from "@/lib/forum/list-threads";
import { NewestPostsList } from "./newest-posts-list";

export function NewestPosts({ posts }: { posts: NewestPostItem[] }) {
  return (
    <section className="widget" aria-labelledby="widget-newest-posts">
      <h2 className="widget__title" id="widget-newest-posts">
        Thành viên mới đăng
      </h2>
      <NewestPostsList initial={posts} />
    </section>
  );
}
