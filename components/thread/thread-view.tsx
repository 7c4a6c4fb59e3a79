// The thread page for one page of replies, shared by the guests' cached page
// (app/guest-view/threads/…) and the members' page (app/(forum)/threads/…).
// It only lays out what it is given: the caller loads the shared data from the
// cache and adds the viewer's part (reply box, moderation tools); with
// `viewer` null it renders exactly what every guest sees.
import { Fragment } from "react";
import { Breadcrumb } from "@/components/breadcrumb";
import { NewestPosts } from "@/components/newest-posts";
import { ArticlePost } from "@/components/thread/article-post";
import { Pagination } from "@/components/thread/pagination";
import { ReplyItem } from "@/components/thread/reply-item";
import { ThreadJsonLd } from "@/components/thread/thread-json-ld";
import { ThreadSearchBox } from "@/components/thread/thread-search-box";
import { ThreadStatusNotice } from "@/components/thread/thread-status-notice";
import { LiveUpdates } from "@/components/thread/live-updates";
import { LiveReplyCount } from "@/components/thread/live-reply-count";
import { ThreadViewCount } from "@/components/views/thread-view-count";
import { MemberCardOpener } from "@/components/thread/member-card-opener";
import type { CardLabels } from "@/components/thread/member-card";
import { PostPicturesEnhancer } from "@/components/pictures/post-pictures-enhancer";
import type { NewestPostItem } from "@/lib/forum/list-threads";
import { pageCount } from "@/lib/forum/pages";
import type { OpeningPost, Reply, ThreadWithCategory } from "@/lib/forum/read-thread";
import type { Viewer } from "@/lib/permissions";
import { categoryPath, threadPath } from "@/lib/urls";
import { localized, translator } from "@/lib/i18n/server";

type Props = {
  thread: ThreadWithCategory;
  page: number;
  /** Required on page 1, where the article is shown. */
  opening: OpeningPost | null;
  /** The replies this viewer may see (visibleReplies). */
  replies: Reply[];
  viewer: Viewer | null;
  newestPosts: NewestPostItem[];
  /** The viewer's part: thread tools for staff (null otherwise)… */
  threadTools: React.ReactNode;
  /** …what goes under each reply and under the opening post (likes; the member's actions, moderation)… */
  replyTools: (reply: Reply) => React.ReactNode;
  /** Wraps a reply for this viewer (components/alerts/ignored-reply.tsx); absent: shown as it is. */
  wrapReply?: (reply: Reply, item: React.ReactNode) => React.ReactNode;
  /** …and what goes where the reply box is (composer, or why not). */
  replyArea: React.ReactNode;
};

export async function ThreadView({ thread, page, opening, replies, viewer, newestPosts, threadTools, replyTools, wrapReply, replyArea }: Props) {
  if (page === 1 && !opening) throw new Error(`Thread ${thread.id} has no opening post`);
  const t = await translator();
  const total = pageCount(thread);
  const hrefFor = (p: number) => threadPath(thread, p);

  return (
    <div className="layout">
      <main className="content">
        <Breadcrumb
          items={[
            { href: "/", label: t("nav.forums") },
            { href: categoryPath(thread.category), label: thread.category.name },
          ]}
        />
        {threadTools}
        <ThreadStatusNotice status={thread.status} reason={opening?.statusReason ?? null} />
        {thread.locked ? <p className="notice notice--warning thread-locked">{t("thread.locked")}</p> : null}
        {page === 1 && opening ? (
          <>
            <ArticlePost thread={thread} post={opening} />
            <div className="article__tools">{replyTools(opening)}</div>
          </>
        ) : (
          <header className="thread-header">
            <h1 className="article__title">{thread.title}</h1>
            <p className="thread-header__meta" data-testid="reply-count">
              <LiveReplyCount initial={thread.replyCount} label={t("thread.replyCountLabel")} />
              {" · "}
              <ThreadViewCount threadId={thread.id} />
            </p>
          </header>
        )}
        {/* With JavaScript, an author's name opens their card (author-block.tsx, member-card.ts). */}
        <MemberCardOpener labels={cardLabels(t)} />
        <section className="replies" aria-labelledby="replies-title">
          <h2 id="replies-title" className="replies__title">
            {t("thread.replies")}
          </h2>
          <Pagination current={page} total={total} hrefFor={hrefFor} label={t("thread.paginationTop")} />
          {replies.length === 0 && page === 1 ? (
            <p className="replies__empty">{t("thread.noReplies")}</p>
          ) : (
            <ol className="reply-list" data-testid="reply-list">
              {replies.map((reply) => {
                const item = <ReplyItem key={reply.id} reply={reply} viewer={viewer} tools={replyTools(reply)} />;
                // The viewer's own wrapping (a reply by a member they ignore is collapsed).
                return wrapReply ? <Fragment key={reply.id}>{wrapReply(reply, item)}</Fragment> : item;
              })}
            </ol>
          )}
          <Pagination current={page} total={total} hrefFor={hrefFor} label={t("thread.paginationBottom")} />
          <LiveUpdates
            threadId={thread.id}
            lastNumber={thread.lastNumber}
            lastPageHref={localized(hrefFor(total))}
            onLastPage={page === total}
            labels={{ one: t.raw("thread.newRepliesOne") as string, other: t.raw("thread.newRepliesOther") as string }}
          />
        </section>
        {replyArea}
        <PostPicturesEnhancer />
      </main>
      <aside className="sidebar" aria-label={t("thread.sidebar")}>
        <ThreadSearchBox threadId={thread.id} />
        <NewestPosts posts={newestPosts} />
      </aside>
      {/* For search engines, which come as guests: a member's page (rendered per
          request) would carry it twice, in its HTML and in its RSC payload, for nobody. */}
      {page === 1 && opening && !viewer ? <ThreadJsonLd thread={thread} post={opening} replies={replies.filter((r) => r.status === "visible")} /> : null}
    </div>
  );
}

/** The card's two texts, once per page; the dialog's name split around the member's name. */
function cardLabels(t: Awaited<ReturnType<typeof translator>>): CardLabels {
  const [before = "", after = ""] = t("thread.memberCard", { name: "\u0000" }).split("\u0000");
  return { profile: t("thread.viewProfile"), cardOf: [before, after] };
}
