// The guests' forum index, served from the server cache. Guests never see
// this address: a rewrite in next.config.mjs sends "/" here for requests
// without a session cookie. Expired by every thread change (THREAD_LISTS_TAG,
// lib/next/expire.ts); at most 30 s old otherwise (changes made outside the
// forum's actions, such as the import command).
import { ForumIndexView } from "@/components/lists/forum-index-view";

export const revalidate = 30;

export default function GuestForumIndex() {
  return <ForumIndexView viewer={null} />;
}
