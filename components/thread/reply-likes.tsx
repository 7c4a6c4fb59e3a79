// Who liked a reply. Guests get just this under each reply (a count and the
// names, in a <details> that opens without JavaScript); members get it inside
// their actions, beside their own like button (reply-actions.tsx).
import type { Reply } from "@/lib/forum/read-thread";
import { memberPath } from "@/lib/urls";

export function Likers({ reply }: { reply: Pick<Reply, "reactions"> }) {
  const count = reply.reactions.length;
  if (count === 0) return null;
  return (
    <details className="reply__likers">
      <summary>{count} người thích</summary>
      <ul>
        {reply.reactions.map((r) => (
          <li key={r.userId}>
            <a href={memberPath(r.user)}>{r.user.displayName}</a>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** A guest's view of the likes: the count, then the names; nothing when nobody liked it. */
export function GuestReplyLikes({ reply }: { reply: Pick<Reply, "reactions"> }) {
  const count = reply.reactions.length;
  if (count === 0) return null;
  return (
    <div className="reply__actions">
      <span className="reply__likes">Thích · {count}</span>
      <Likers reply={reply} />
    </div>
  );
}
