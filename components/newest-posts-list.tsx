"use client";
// The list inside "Thành viên mới đăng". When the thread's live stream reports
// a change, it fetches the newest posts again (a small JSON route). Plain <a>
// links, for the reason given in thread/reply-item.tsx.
import { useEffect, useState } from "react";
import { Avatar } from "@/components/avatar";
import type { NewestPostItem } from "@/lib/forum/list-threads";
import { TimeAgo } from "@/components/time-ago";
import { memberPath, postPath } from "@/lib/urls";
import { STATS_EVENT } from "./thread/live-updates";

/** Its strings in the page's language (components/newest-posts.tsx); reply has "{number}" in it. */
type Labels = { empty: string; reply: string; thread: string };
const VIETNAMESE: Labels = { empty: "Chưa có bài viết nào.", reply: " · trả lời #{number}", thread: " · đăng chủ đề" };

export function NewestPostsList({ initial, labels = VIETNAMESE }: { initial: NewestPostItem[]; labels?: Labels }) {
  const [posts, setPosts] = useState(initial);
  useEffect(() => setPosts(initial), [initial]);
  useEffect(() => {
    let last = "";
    const refresh = async (event: Event) => {
      const key = JSON.stringify((event as CustomEvent).detail);
      if (key === last) return;
      last = key;
      const response = await fetch("/api/newest-posts", { cache: "no-store" });
      if (response.ok) setPosts((await response.json()) as NewestPostItem[]);
    };
    window.addEventListener(STATS_EVENT, refresh);
    return () => window.removeEventListener(STATS_EVENT, refresh);
  }, []);

  if (posts.length === 0) return <p className="widget__empty">{labels.empty}</p>;
  return (
    <ul className="widget__list" data-testid="newest-posts">
      {posts.map((post) => {
        return (
          <li key={post.id} className="widget__item">
            <Avatar user={post.author} size="s" />
            <div>
              <a href={postPath(post)} className="widget__thread">
                {post.threadTitle}
              </a>
              {post.excerpt ? <p className="widget__excerpt">{post.excerpt}</p> : null}
              <div className="widget__meta">
                <a href={memberPath(post.author)}>{post.author.displayName}</a>
                {post.replyNumber ? labels.reply.replace("{number}", String(post.replyNumber)) : labels.thread}
                {" · "}
                <TimeAgo iso={post.createdAt} />
              </div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
