// The actions under a reply: like (with who liked it), quote, edit, delete.
// Each is a link or a plain form, so all of them work without JavaScript; the
// permissions module decides which ones the viewer gets.
import Link from "next/link";
import { canDeleteOwnPost, canEditPost, canReact, canReply, canReport, isStaff, type Viewer } from "@/lib/permissions";
import type { Reply } from "@/lib/forum/read-thread";
import { postPath } from "@/lib/urls";
import { LikeButton } from "./like-button";
import { QuoteButton } from "./quote-button";

type Props = { reply: Reply; viewer: Viewer | null; threadLocked: boolean; editWindowMinutes: number };

export function ReplyActions({ reply, viewer, threadLocked, editWindowMinutes }: Props) {
  const target = { ...reply, threadLocked };
  const liked = !!viewer && reply.reactions.some((r) => r.userId === viewer.id);
  const count = reply.reactions.length;
  return (
    <div className="reply__actions">
      {canReact(viewer, target) ? (
        <LikeButton postId={reply.id} liked={liked} count={count} />
      ) : count > 0 ? (
        <span className="reply__likes">Thích · {count}</span>
      ) : null}
      {count > 0 ? (
        <details className="reply__likers">
          <summary>{count} người thích</summary>
          <ul>
            {reply.reactions.map((r) => (
              <li key={r.userId}>
                <Link href={`/members/${encodeURIComponent(r.user.username)}`}>{r.user.displayName}</Link>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <span className="reply__actions-spacer" />
      {canReply(viewer, { locked: threadLocked }) && reply.status === "visible" ? (
        <QuoteButton postId={reply.id} authorName={reply.author.displayName} />
      ) : null}
      {canEditPost(viewer, target, { editWindowMinutes }) && !isStaff(viewer) ? (
        <Link href={`${postPath(reply)}/edit`} className="reply__action">
          Sửa
        </Link>
      ) : null}
      {canDeleteOwnPost(viewer, target) ? (
        <Link href={`${postPath(reply)}/delete`} className="reply__action">
          Xóa
        </Link>
      ) : null}
      {canReport(viewer, target) ? (
        <Link href={`${postPath(reply)}/report`} className="reply__action" rel="nofollow">
          Báo cáo
        </Link>
      ) : null}
    </div>
  );
}
