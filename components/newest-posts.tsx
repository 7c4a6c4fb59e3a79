// Sidebar widget "Thành viên mới đăng": the newest posts by members.
import Link from "next/link";
import { Avatar } from "@/components/avatar";
import { listNewestPosts } from "@/lib/forum/list-threads";
import { formatDateTime, formatTimeAgo } from "@/lib/format";
import { memberPath, postPath } from "@/lib/urls";
import { htmlToText } from "@/lib/text";

function excerpt(html: string, max = 90): string {
  const text = htmlToText(html).replace(/\s+/g, " ").trim();
  return text.length > max ? `${text.slice(0, max).trimEnd()}…` : text;
}

export async function NewestPosts() {
  const posts = await listNewestPosts();
  return (
    <section className="widget" aria-labelledby="widget-newest-posts">
      <h2 className="widget__title" id="widget-newest-posts">
        Thành viên mới đăng
      </h2>
      {posts.length === 0 ? (
        <p className="widget__empty">Chưa có bài viết nào.</p>
      ) : (
        <ul className="widget__list" data-testid="newest-posts">
          {posts.map((post) => (
            <li key={post.id} className="widget__item">
              <Avatar user={post.author} size="s" />
              <div>
                <Link href={postPath(post)} className="widget__thread">
                  {post.thread.title}
                </Link>
                {post.number > 1 ? <p className="widget__excerpt">{excerpt(post.html)}</p> : null}
                <div className="widget__meta">
                  <Link href={memberPath(post.author)}>{post.author.displayName}</Link>
                  {post.number > 1 ? ` · trả lời #${post.number - 1}` : " · đăng chủ đề"}
                  {" · "}
                  <time dateTime={post.createdAt.toISOString()} title={formatDateTime(post.createdAt)}>
                    {formatTimeAgo(post.createdAt)}
                  </time>
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
