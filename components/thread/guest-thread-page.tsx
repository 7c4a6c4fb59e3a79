// What every guest sees of a thread page: rendered once, then served from the
// server cache (app/guest-view/…) until a change expires one of its tags. It
// reads nothing about the request — no cookie, header or query string —
// which is what lets Next.js cache it.
import { GuestCallToAction } from "@/components/thread/guest-call-to-action";
import { isRemoved } from "@/components/thread/reply-item";
import { GuestReplyLikes } from "@/components/thread/reply-likes";
import { ThreadView } from "@/components/thread/thread-view";
import { getCachedOpeningPost, getCachedRepliesPage, type CachedThread } from "@/lib/next/cached-thread";
import { listNewestPosts } from "@/lib/forum/list-threads";
import { visibleReplies } from "@/lib/forum/read-thread";
import { threadPath } from "@/lib/urls";

export async function GuestThreadPage({ thread, page }: { thread: CachedThread; page: number }) {
  const [opening, replies, newestPosts] = await Promise.all([
    page === 1 ? getCachedOpeningPost(thread.id) : null,
    getCachedRepliesPage(thread.id, page),
    // Read directly, not through the tagged cache: a reply anywhere in the
    // forum changes this list, and expiring every cached page for it would
    // leave nothing cached on a busy forum. The guest page's time-based
    // lifetime bounds its age instead (see the route), and with JavaScript
    // the widget refreshes itself on load.
    listNewestPosts(),
  ]);
  return (
    <ThreadView
      thread={thread}
      page={page}
      opening={opening}
      replies={visibleReplies(null, replies)}
      viewer={null}
      newestPosts={newestPosts}
      threadTools={null}
      replyTools={(reply) => (isRemoved(reply) ? null : <GuestReplyLikes reply={reply} />)}
      replyArea={<GuestCallToAction returnTo={threadPath(thread)} />}
    />
  );
}
