// One reply in the thread: author block (author-block.tsx), time, number and permalink, the body
// (or, for a removed reply, a placeholder that says why), then `tools`: what
// the page adds under it for its reader (likes for guests; like, quote, edit,
// report and moderation for members). The tools come from the page, not from
// here, so the guests' cached page does not carry the members' interactive
// components (and their JavaScript) it never shows.
// Its links (profile, permalink, history) are plain <a>, not next/link: a
// Link is a client component, rendered and serialised for every one of the
// page's dozens of links, and it prefetches its target as it scrolls into
// view — server work for pages (profiles, permalinks) rarely opened.
import { AuthorBlock } from "@/components/thread/author-block";
import type { Reply } from "@/lib/forum/read-thread";
import { formatDateTime } from "@/lib/format";
import { canViewPostContent, isStaff, type Viewer } from "@/lib/permissions";
import { memberPath, postPath } from "@/lib/urls";
import { replyOrdinal } from "@/lib/forum/post-label";
import { localized, translator } from "@/lib/i18n/server";

type Props = { reply: Reply; viewer: Viewer | null; tools: React.ReactNode };

/** Hidden by a moderator or deleted by its author: a placeholder stays in its place. */
export function isRemoved(reply: { status: string }): boolean {
  return reply.status === "hidden" || reply.status === "deleted";
}

export async function ReplyItem({ reply, viewer, tools }: Props) {
  const t = await translator();
  const removed = isRemoved(reply);
  const showContent = !removed || isStaff(viewer);
  return (
    <li
      className={`reply${removed ? " reply--removed" : ""}${reply.status === "pending" ? " reply--pending" : ""}`}
      id={`post-${reply.id}`}
      data-post-number={reply.number}
      data-status={reply.status}
    >
      <AuthorBlock author={reply.author} postId={reply.id} staffShortcuts={isStaff(viewer)} />
      <div className="reply__main">
        <div className="reply__meta">
          <span>
            <time dateTime={reply.createdAt.toISOString()}>{formatDateTime(reply.createdAt)}</time>
            {reply.editedAt && !removed ? (
              <>
                {" · "}
                <a href={localized(`${postPath(reply)}/history`)} className="reply__edited">
                  {t("thread.edited")}
                </a>
              </>
            ) : null}
            {reply.status === "pending" ? <span className="badge badge--pending">{t("thread.pendingBadge")}</span> : null}
          </span>
          <a href={localized(postPath(reply))} className="reply__number" aria-label={t("thread.permalink", { number: replyOrdinal(reply.number) })}>
            #{replyOrdinal(reply.number)}
          </a>
        </div>
        {removed ? <RemovalNotice reply={reply} t={t} /> : null}
        {showContent && canViewPostContent(viewer, reply) ? (
          removed ? (
            <details className="reply__staff-view">
              <summary>{t("thread.staffView")}</summary>
              <div className="reply__body prose" dangerouslySetInnerHTML={{ __html: reply.html }} />
            </details>
          ) : (
            <div className="reply__body prose" data-testid="reply-body" dangerouslySetInnerHTML={{ __html: reply.html }} />
          )
        ) : null}
        {tools}
      </div>
    </li>
  );
}

function RemovalNotice({ reply, t }: { reply: Reply; t: Awaited<ReturnType<typeof translator>> }) {
  if (reply.status === "deleted") {
    return <p className="reply__placeholder">{t("thread.deletedByAuthor")}</p>;
  }
  return (
    <p className="reply__placeholder">
      {reply.statusReason ? t("thread.hiddenByModReason", { reason: reply.statusReason }) : t("thread.hiddenByMod")}
    </p>
  );
}
