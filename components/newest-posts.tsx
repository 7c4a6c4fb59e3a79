// Sidebar widget "Thành viên mới đăng": the newest posts by members. Rendered
// on the server; on a thread page it refreshes itself when a reply lands.
import { listNewestPosts } from "@/lib/forum/list-threads";
import { NewestPostsList } from "./newest-posts-list";

export async function NewestPosts() {
  const posts = await listNewestPosts();
  return (
    <section className="widget" aria-labelledby="widget-newest-posts">
      <h2 className="widget__title" id="widget-newest-posts">
        Thành viên mới đăng
      </h2>
      <NewestPostsList initial={posts} />
    </section>
  );
}
