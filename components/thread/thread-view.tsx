// The whole thread page for one page of replies, shared by /threads/<slug>.<id>
// and /threads/<slug>.<id>/page-N.
import { randomBytes } from "node:crypto";
import { Breadcrumb } from "@/components/breadcrumb";
import { NewestPosts } from "@/components/newest-posts";
import { ArticlePost } from "@/components/thread/article-post";
import { Pagination } from "@/components/thread/pagination";
import { ReplyArea } from "@/components/thread/reply-area";
import { ReplyItem } from "@/components/thread/reply-item";
import { ThreadJsonLd } from "@/components/thread/thread-json-ld";
import { ThreadSearchBox } from "@/components/thread/thread-search-box";
import { LiveUpdates } from "@/components/thread/live-updates";
import { ThreadModTools } from "@/components/moderation/thread-mod-tools";
import { LiveReplyCount } from "@/components/thread/live-reply-count";
import { getOpeningPost, getReplies, pageCount, type ThreadWithCategory } from "@/lib/forum/read-thread";
import { getSettings } from "@/lib/settings";
import { getViewer } from "@/lib/session";
import { categoryPath, threadPath } from "@/lib/urls";

type Props = { thread: ThreadWithCategory; page: number; quotePostId: number | null };

export async function ThreadView({ thread, page, quotePostId }: Props) {
  const viewer = await getViewer();
  const [opening, replies, settings] = await Promise.all([
    getOpeningPost(thread.id),
    getReplies(thread.id, page, viewer),
    getSettings(),
  ]);
  if (!opening) throw new Error(`Thread ${thread.id} has no opening post`);
  const total = pageCount(thread);
  const hrefFor = (p: number) => threadPath(thread, p);

  return (
    <div className="layout">
      <main className="content">
        <Breadcrumb
          items={[
            { href: "/", label: "Diễn đàn" },
            { href: categoryPath(thread.category), label: thread.category.name },
          ]}
        />
        <ThreadModTools thread={thread} viewer={viewer} />
        {thread.locked ? <p className="notice notice--warning thread-locked">Chủ đề đã bị khóa: không thể trả lời thêm.</p> : null}
        {page === 1 ? (
          <ArticlePost thread={thread} post={opening} />
        ) : (
          <header className="thread-header">
            <h1 className="article__title">{thread.title}</h1>
            <p className="thread-header__meta" data-testid="reply-count">
              <LiveReplyCount initial={thread.replyCount} />
            </p>
          </header>
        )}
        <section className="replies" aria-labelledby="replies-title">
          <h2 id="replies-title" className="replies__title">
            Phản hồi
          </h2>
          <Pagination current={page} total={total} hrefFor={hrefFor} label="Phân trang phản hồi (trên)" />
          {replies.length === 0 && page === 1 ? (
            <p className="replies__empty">Chưa có phản hồi nào. Hãy là người đầu tiên thảo luận.</p>
          ) : (
            <ol className="reply-list" data-testid="reply-list">
              {replies.map((reply) => (
                <ReplyItem
                  key={reply.id}
                  reply={reply}
                  viewer={viewer}
                  threadLocked={thread.locked}
                  editWindowMinutes={settings.editWindowMinutes}
                />
              ))}
            </ol>
          )}
          <Pagination current={page} total={total} hrefFor={hrefFor} label="Phân trang phản hồi (dưới)" />
          <LiveUpdates threadId={thread.id} lastNumber={thread.lastNumber} lastPageHref={hrefFor(total)} onLastPage={page === total} />
        </section>
        <ReplyArea
          thread={thread}
          viewer={viewer}
          quotePostId={quotePostId}
          clientToken={randomBytes(18).toString("base64url")}
          maxLength={settings.maxReplyLength}
        />
      </main>
      <aside className="sidebar" aria-label="Thanh bên">
        <ThreadSearchBox threadId={thread.id} />
        <NewestPosts />
      </aside>
      {page === 1 ? <ThreadJsonLd thread={thread} post={opening} replies={replies.filter((r) => r.status === "visible")} /> : null}
    </div>
  );
}
