// "Bài chưa đọc đầu tiên" on a member's thread page: shown when the thread
// has posts past this page that the member had not read when the page was
// asked for. A plain <a> to /threads/<slug>.<id>/unread (a redirect).
import { localized, translator } from "@/lib/i18n/server";
import { threadUnreadPath } from "@/lib/urls";

type Props = { thread: { id: number; slug: string; lastNumber: number }; readBefore: number; shownUpTo: number };

export async function UnreadJumpLink({ thread, readBefore, shownUpTo }: Props) {
  if (readBefore >= thread.lastNumber || shownUpTo >= thread.lastNumber) return null;
  const t = await translator();
  return (
    <p className="unread-jump">
      {/* A plain <a>: the address is a redirect to a post's anchor, which a client-side
          navigation through a route handler would lose. */}
      <a href={localized(threadUnreadPath(thread))} className="button button--small" data-testid="unread-jump">
        {t("lists.unreadJump")}
      </a>
    </p>
  );
}
