// The opening post of a thread, laid out like the source forum's article
// threads: header (title, author, reply count, date), author card, lead, body,
// source credit. Plain <a> links, for the reason given in reply-item.tsx.
import { Avatar } from "@/components/avatar";
import { RoleBadge } from "@/components/role-badge";
import type { OpeningPost, ThreadWithCategory } from "@/lib/forum/read-thread";
import { formatDateTime } from "@/lib/format";
import { LiveReplyCount } from "./live-reply-count";
import { ThreadViewCount } from "@/components/views/thread-view-count";
import { memberPath } from "@/lib/urls";
import { localized, translator } from "@/lib/i18n/server";

type Props = { thread: ThreadWithCategory; post: OpeningPost };

export async function ArticlePost({ thread, post }: Props) {
  const t = await translator();
  const author = post.author;
  const published = thread.publishedAt ?? post.createdAt;
  return (
    <article className="article" id={`post-${post.id}`} data-post-number={1}>
      <header className="article__header">
        <h1 className="article__title">{thread.title}</h1>
        <div className="article__byline">
          <Avatar user={author} size="s" />
          <a href={localized(memberPath(author))} className="article__author">
            {author.displayName}
          </a>
          <span aria-hidden="true">·</span>
          <time dateTime={published.toISOString()}>{formatDateTime(published)}</time>
          <span aria-hidden="true">·</span>
          <span className="article__reply-count" data-testid="reply-count">
            <LiveReplyCount initial={thread.replyCount} label={t("thread.replyCountLabel")} />
          </span>
          <span aria-hidden="true">·</span>
          <ThreadViewCount threadId={thread.id} />
        </div>
      </header>

      <div className="author-card" data-testid="author-card">
        <Avatar user={author} size="l" />
        <div className="author-card__text">
          <a href={localized(memberPath(author))} className="author-card__name">
            {author.displayName}
          </a>
          <RoleBadge role={author.role} />
          {author.userTitle ? <div className="author-card__title">{author.userTitle}</div> : null}
        </div>
      </div>

      {thread.lead ? <p className="article__lead">{thread.lead}</p> : null}

      {/* post.html is produced by our own renderers, which escape every text. */}
      <div className="article__body prose" dangerouslySetInnerHTML={{ __html: post.html }} />

      {thread.sourceName || thread.sourceUrl ? (
        <footer className="article__source">
          {thread.sourceName ? <span>{t("thread.source", { source: thread.sourceName })}</span> : null}
          {thread.sourceUrl ? (
            <a href={thread.sourceUrl} rel="nofollow noopener" className="article__original">
              {t("thread.original")}
            </a>
          ) : null}
        </footer>
      ) : null}
    </article>
  );
}
