// Replies under the article, numbered, each with its author card and permalink.
import Link from "next/link";
import { Avatar } from "@/components/avatar";
import { RoleBadge } from "@/components/role-badge";
import type { Reply } from "@/lib/forum/read-thread";
import { formatDateTime } from "@/lib/format";
import { memberPath, postPath } from "@/lib/urls";

export function ReplyList({ replies }: { replies: Reply[] }) {
  if (replies.length === 0) {
    return <p className="replies__empty">Chưa có phản hồi nào. Hãy là người đầu tiên thảo luận.</p>;
  }
  return (
    <ol className="reply-list">
      {replies.map((reply) => (
        <li key={reply.id} className="reply" id={`post-${reply.id}`} data-post-number={reply.number}>
          <div className="reply__author">
            <Avatar user={reply.author} />
            <Link href={memberPath(reply.author)} className="reply__name">
              {reply.author.displayName}
            </Link>
            <RoleBadge role={reply.author.role} />
            {reply.author.userTitle ? <div className="reply__user-title">{reply.author.userTitle}</div> : null}
          </div>
          <div className="reply__main">
            <div className="reply__meta">
              <time dateTime={reply.createdAt.toISOString()}>{formatDateTime(reply.createdAt)}</time>
              <Link href={postPath(reply)} className="reply__number">
                #{reply.number - 1}
              </Link>
            </div>
            <div className="reply__body prose" dangerouslySetInnerHTML={{ __html: reply.html }} />
          </div>
        </li>
      ))}
    </ol>
  );
}
