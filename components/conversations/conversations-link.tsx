// "Hội thoại" in the header, for members: the link to /conversations and how
// many have unread messages (kept live by UnreadConversationsBadge).
import Link from "next/link";
import { countUnreadConversations } from "@/lib/conversations/list-conversations";
import type { Viewer } from "@/lib/permissions";
import { UnreadConversationsBadge } from "./unread-badge";

export async function ConversationsLink({ viewer }: { viewer: Viewer }) {
  const unread = await countUnreadConversations(viewer);
  return (
    <Link href="/conversations" className="site-header__conversations" data-testid="conversations-link">
      Hội thoại <UnreadConversationsBadge initial={unread} />
    </Link>
  );
}
