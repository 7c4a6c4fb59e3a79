// A thread page for a browser with a session cookie, rendered per request:
// the shared part (thread, opening post, replies, sidebar, settings) comes
// from the server cache, and only the viewer's part is computed now — who
// they are, their own pending replies, what they may do to each reply, the
// thread tools for staff, the reply box with their draft.
import { randomBytes } from "node:crypto";
import { PostModTools } from "@/components/moderation/post-mod-tools";
import { ThreadModTools } from "@/components/moderation/thread-mod-tools";
import { ReplyActions } from "@/components/thread/reply-actions";
import { isRemoved } from "@/components/thread/reply-item";
import { ReplyArea } from "@/components/thread/reply-area";
import { ThreadView } from "@/components/thread/thread-view";
import {
  getCachedCategories,
  getCachedNewestPosts,
  getCachedOpeningPost,
  getCachedRepliesPage,
  getCachedSettings,
  type CachedThread,
} from "@/lib/next/cached-thread";
import { visibleReplies } from "@/lib/forum/read-thread";
import { noteThreadShown } from "@/lib/forum/read-state";
import { UnreadJumpLink } from "@/components/lists/unread-jump-link";
import { readBeforeShowing } from "@/lib/forum/unread";
import { canManageThread, isStaffRole, type Role } from "@/lib/permissions";
import { getViewer } from "@/lib/next/session";
import { getCachedSiteSettings } from "@/lib/next/cached-site-settings";
import { WatchForm } from "@/components/alerts/watch-form";
import { isWatchingThread } from "@/lib/alerts/watch";
import { IgnoreForm } from "@/components/alerts/ignore-form";
import { IgnoredReply } from "@/components/alerts/ignored-reply";
import { ignoredByViewer } from "@/lib/members/ignore-member";
import { BookmarkForm } from "@/components/alerts/bookmark-form";
import { bookmarkedAmong } from "@/lib/bookmarks/bookmarks";

type Props = { thread: CachedThread; page: number; quotePostId: number | null; done?: string | string[] };

export async function MemberThreadPage({ thread, page, quotePostId, done }: Props) {
  const [viewer, opening, replies, newestPosts, settings, siteSettings] = await Promise.all([
    getViewer(),
    page === 1 ? getCachedOpeningPost(thread.id) : null,
    getCachedRepliesPage(thread.id, page),
    getCachedNewestPosts(),
    getCachedSettings(),
    getCachedSiteSettings(),
  ]);
  const categories = canManageThread(viewer) ? await getCachedCategories() : [];
  // What the member had read before this page (for "Bài chưa đọc đầu tiên"), read with the viewer's other parts.
  const [watching, ignored, bookmarks, readBefore] = await Promise.all([
    isWatchingThread(viewer, thread.id),
    ignoredByViewer(viewer),
    bookmarkedAmong(viewer, [...(opening ? [opening.id] : []), ...replies.map((r) => r.id)]),
    readBeforeShowing(viewer, thread.id),
  ]);
  const shownUpTo = replies.reduce((highest, reply) => Math.max(highest, reply.number), 1);
  // Then what this page shows counts as read (unread marks, alerts sent once per thread until read).
  // Only when it rises (readBefore was read just above): re-reading a page writes nothing (issue 18).
  if (shownUpTo > readBefore) await noteThreadShown(viewer, thread.id, shownUpTo);
  return (
    <ThreadView
      thread={thread}
      page={page}
      opening={opening}
      replies={visibleReplies(viewer, replies)}
      viewer={viewer}
      newestPosts={newestPosts}
      threadTools={
        <>
          {viewer ? <UnreadJumpLink thread={thread} readBefore={readBefore} shownUpTo={shownUpTo} /> : null}
          {viewer ? <WatchForm target="thread" id={thread.id} watching={watching} /> : null}
          <ThreadModTools thread={thread} viewer={viewer} categories={categories} done={done} />
        </>
      }
      wrapReply={(reply, item) => (ignored.has(reply.author.id) ? <IgnoredReply name={reply.author.displayName}>{item}</IgnoredReply> : item)}
      replyTools={(reply) => (
        <>
          {viewer ? (
            <div className="reply__extra">
              {!isRemoved(reply) ? <BookmarkForm postId={reply.id} saved={bookmarks.has(reply.id)} note={bookmarks.get(reply.id) ?? null} /> : null}
              {reply.author.id !== viewer.id && !isStaffRole(reply.author.role as Role) ? (
                <IgnoreForm memberId={reply.author.id} name={reply.author.displayName} ignoring={ignored.has(reply.author.id)} compact />
              ) : null}
            </div>
          ) : null}
          {isRemoved(reply) ? null : (
            <ReplyActions reply={reply} viewer={viewer} thread={thread} editWindowMinutes={settings.editWindowMinutes} reactionKindsOff={siteSettings.reactionKindsOff} />
          )}
          <PostModTools post={{ ...reply, threadLocked: thread.locked, thread }} viewer={viewer} editWindowMinutes={settings.editWindowMinutes} author={reply.author} />
        </>
      )}
      replyArea={
        <ReplyArea
          thread={thread}
          viewer={viewer}
          quotePostId={quotePostId}
          clientToken={randomBytes(18).toString("base64url")}
          maxLength={settings.maxReplyLength}
        />
      }
    />
  );
}
