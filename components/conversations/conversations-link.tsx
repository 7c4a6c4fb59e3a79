// "Hội thoại" in the header, for members: the link to /conversations and how
// many have unread messages (kept live by UnreadConversationsBadge).
import Link from "next/link";
import { countUnreadConversations } from "@/lib/conversations/list-conversations";
import { currentLocale, localized, translator } from "@/lib/i18n/server";
import type { Viewer } from "@/lib/permissions";
import { UnreadConversationsBadge } from "./unread-badge";

export async function ConversationsLink({ viewer }: { viewer: Viewer }) {
  const unread = await countUnreadConversations(viewer);
  const t = await translator();
  return (
    <Link href={localized("/conversations")} className="site-header__conversations" data-testid="conversations-link">
      {t("conversations.title")}{" "}
      <UnreadConversationsBadge
        initial={unread}
        labels={{ one: t.raw("conversations.unreadCountOne") as string, other: t.raw("conversations.unreadCountOther") as string, lang: currentLocale() }}
      />
    </Link>
  );
}
