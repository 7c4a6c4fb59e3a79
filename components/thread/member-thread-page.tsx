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
import { canManageThread } from "@/lib/permissions";
import { getViewer } from "@/lib/next/session";

type Props = { thread: CachedThread; page: number; quotePostId: number | null };

export async function MemberThreadPage({ thread, page, quotePostId }: Props) {
  const [viewer, opening, replies, newestPosts, settings] = await Promise.all([
    getViewer(),
    page === 1 ? getCachedOpeningPost(thread.id) : null,
    getCachedRepliesPage(thread.id, page),
    getCachedNewestPosts(),
    getCachedSettings(),
  ]);
  const categories = canManageThread(viewer) ? await getCachedCategories() : [];
  const shownUpTo = replies.reduce((highest, reply) => Math.max(highest, reply.number), 1);
  // What the member had read before this page (for "Bài chưa đọc đầu tiên"), then what it shows counts as read.
  const readBefore = await readBeforeShowing(viewer, thread.id);
  // What this page shows counts as read (unread marks, alerts sent once per thread until read).
  await noteThreadShown(viewer, thread.id, shownUpTo);
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
          <ThreadModTools thread={thread} viewer={viewer} categories={categories} />
        </>
      }
      replyTools={(reply) => (
        <>
          {isRemoved(reply) ? null : (
            <ReplyActions reply={reply} viewer={viewer} thread={thread} editWindowMinutes={settings.editWindowMinutes} />
          )}
          <PostModTools post={{ ...reply, threadLocked: thread.locked, thread }} viewer={viewer} editWindowMinutes={settings.editWindowMinutes} />
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
