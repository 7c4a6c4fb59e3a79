// What sits where the reply box goes: the composer for members who may post,
// otherwise the reason they cannot (guest call to action, unverified e-mail,
// sanction, thread not approved yet, locked thread).
import Link from "next/link";
import { GuestCallToAction } from "@/components/thread/guest-call-to-action";
import { ReplyComposer } from "@/components/thread/reply-composer";
import { getDraft } from "@/lib/forum/drafts";
import { buildQuote, withoutQuotes } from "@/lib/markdown/quote";
import { db } from "@/lib/db";
import { activeSanction, sanctionMessage } from "@/lib/accounts/sanctions";
import { canReply, type Viewer } from "@/lib/permissions";
import { threadPath } from "@/lib/urls";
import { getSettings } from "@/lib/settings";
import { issueFormChallenge } from "@/lib/spam/form-challenge";
import { needsPostChallenge } from "@/lib/spam/post-challenge";

type Props = {
  thread: { id: number; slug: string; locked: boolean; status: string };
  viewer: Viewer | null;
  quotePostId: number | null;
  clientToken: string;
  maxLength: number;
};

export async function ReplyArea({ thread, viewer, quotePostId, clientToken, maxLength }: Props) {
  if (!viewer) return <GuestCallToAction returnTo={threadPath(thread)} />;
  if (!canReply(viewer, thread)) {
    return <p className="notice notice--warning composer-blocked">{cannotReplyReason(viewer, thread)}</p>;
  }
  const draft = (await getDraft(viewer, thread.id)) ?? "";
  const quote = quotePostId ? await quoteFor(quotePostId, thread.id) : "";
  const initialSource = quote ? `${draft.trim() ? `${draft.trimEnd()}\n\n` : ""}${quote}` : draft;
  return (
    <>
      {thread.locked ? <p className="notice notice--warning">Chủ đề đã bị khóa; bạn trả lời với tư cách điều hành viên.</p> : null}
      <ReplyComposer
        threadId={thread.id}
        clientToken={clientToken}
        initialSource={initialSource}
        maxLength={maxLength}
        challenge={needsPostChallenge(viewer, await getSettings()) ? await issueFormChallenge("post") : null}
      />
    </>
  );
}

function cannotReplyReason(viewer: Viewer, thread: { locked: boolean; status: string }): React.ReactNode {
  const sanction = activeSanction(viewer);
  if (sanction) return sanctionMessage(sanction);
  if (!viewer.emailVerified) {
    return (
      <>
        Bạn cần xác minh email trước khi trả lời. Hãy mở liên kết trong thư chúng tôi đã gửi, hoặc{" "}
        <Link href="/account">gửi lại email xác minh</Link>.
      </>
    );
  }
  if (thread.status !== "visible") return "Chủ đề chưa được duyệt: chưa ai trả lời được cho đến khi điều hành viên duyệt.";
  if (thread.locked) return "Chủ đề đã bị khóa, không thể trả lời thêm.";
  return "Bạn không thể trả lời chủ đề này.";
}

async function quoteFor(postId: number, threadId: number): Promise<string> {
  const post = await db.post.findUnique({
    where: { id: postId },
    select: { id: true, threadId: true, status: true, format: true, source: true, html: true, author: { select: { displayName: true } } },
  });
  if (!post || post.threadId !== threadId || post.status !== "visible" || post.format !== "markdown") return "";
  return buildQuote({ postId: post.id, authorName: post.author.displayName, text: withoutQuotes(post.source) });
}
