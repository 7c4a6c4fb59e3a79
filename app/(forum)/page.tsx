// Forum index for members: rendered per request (their unread marks).
// Guests get the cached copy (a rewrite in next.config.mjs → app/guest-view/page.tsx).
import { ForumIndexView } from "@/components/lists/forum-index-view";
import { getViewer } from "@/lib/next/session";

export const dynamic = "force-dynamic";

export default async function ForumIndex() {
  return <ForumIndexView viewer={await getViewer()} />;
}
