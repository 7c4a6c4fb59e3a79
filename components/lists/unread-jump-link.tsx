// "Bài chưa đọc đầu tiên" on a member's thread page: shown when the thread
// has posts past this page that the member had not read when the page was
// asked for. A plain <a> to /threads/<slug>.<id>/unread (a redirect).
import { threadUnreadPath } from "@/lib/urls";

const TEXT = { jump: "Đến bài chưa đọc đầu tiên ›" } as const;

type Props = { thread: { id: number; slug: string; lastNumber: number }; readBefore: number; shownUpTo: number };

export function UnreadJumpLink({ thread, readBefore, shownUpTo }: Props) {
  if (readBefore >= thread.lastNumber || shownUpTo >= thread.lastNumber) return null;
  return (
    <p className="unread-jump">
      {/* A plain <a>: the address is a redirect to a post's anchor, which a client-side
          navigation through a route handler would lose. */}
      <a href={threadUnreadPath(thread)} className="button button--small" data-testid="unread-jump">
        {TEXT.jump}
      </a>
    </p>
  );
}
