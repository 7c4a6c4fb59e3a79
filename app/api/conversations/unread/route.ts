// The header's unread-conversations count, for the signed-in member (0 for a guest). Never cached.
import { countUnreadConversations } from "@/lib/conversations/list-conversations";
import { getViewer } from "@/lib/next/session";

export const dynamic = "force-dynamic";

export async function GET() {
  return Response.json({ unread: await countUnreadConversations(await getViewer()) }, { headers: { "cache-control": "private, no-store" } });
}
