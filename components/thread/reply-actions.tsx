// The actions under a reply: react (with the counts and who reacted), quote, edit, delete.
// Each is a link or a plain form, so all of them work without JavaScript; the
// permissions module decides which ones the viewer gets. Plain <a> links, for
// the reason given in reply-item.tsx.
import { cache } from "react";
import { canDeleteOwnPost, canEditPost, canReact, canReply, canReport, isStaff, type ThreadTarget, type ThreadVisibilityTarget, type Viewer } from "@/lib/permissions";
import type { Reply } from "@/lib/forum/read-thread";
import { postPath } from "@/lib/urls";
import { ReactionPicker } from "./reaction-picker";
import { QuoteButton } from "./quote-button";
import { Likers, ReactionCounts } from "./reply-likes";
import { MultiQuoteToggle } from "@/components/writing/multi-quote-toggle";
import { EditTimeLeft } from "@/components/writing/edit-time-left";
import { localized, translator } from "@/lib/i18n/server";
import { reactionNames } from "./reaction-names";

type Props = {
  reply: Reply;
  viewer: Viewer | null;
  thread: ThreadTarget & ThreadVisibilityTarget;
  editWindowMinutes: number;
  /** Reaction kinds an administrator switched off (not offered). */
  reactionKindsOff?: readonly string[];
};

// One object per request for every reply's picker: the RSC payload carries it
// once and refers to it (React dedupes a prop object it has already sent).
const reactionPickerLabels = cache(async () => {
  const t = await translator();
  return { names: reactionNames(t), more: t("posts.reactionMore"), takeBack: t("posts.reactionTakeBack"), choose: t("posts.reactionChoose") };
});

export async function ReplyActions({ reply, viewer, thread, editWindowMinutes, reactionKindsOff = [] }: Props) {
  const target = { ...reply, threadLocked: thread.locked, thread };
  const mine = viewer ? (reply.reactions.find((r) => r.userId === viewer.id)?.kind ?? null) : null;
  const t = await translator();
  const pickerLabels = await reactionPickerLabels();
  return (
    <div className="reply__actions">
      {canReact(viewer, target) ? <ReactionPicker postId={reply.id} mine={mine} kindsOff={reactionKindsOff} labels={pickerLabels} /> : null}
      <ReactionCounts reply={reply} />
      <Likers reply={reply} />
      <span className="reply__actions-spacer" />
      {canReply(viewer, thread) && reply.status === "visible" ? (
        <QuoteButton postId={reply.id} authorName={reply.author.displayName} label={t("posts.quote")} />
      ) : null}
      {canReply(viewer, thread) && reply.status === "visible" && reply.format === "markdown" ? (
        <MultiQuoteToggle threadId={reply.threadId} postId={reply.id} authorName={reply.author.displayName} />
      ) : null}
      {reply.format === "markdown" && canEditPost(viewer, target, { editWindowMinutes }) && !isStaff(viewer) ? (
        <a href={localized(`${postPath(reply)}/edit`)} className="reply__action">
          {t("posts.edit")}
        </a>
      ) : null}
      <EditTimeLeft viewer={viewer} post={target} editWindowMinutes={editWindowMinutes} />
      {canDeleteOwnPost(viewer, target) ? (
        <a href={localized(`${postPath(reply)}/delete`)} className="reply__action">
          {t("posts.delete")}
        </a>
      ) : null}
      {canReport(viewer, target) ? (
        <a href={localized(`${postPath(reply)}/report`)} className="reply__action" rel="nofollow">
          {t("posts.report")}
        </a>
      ) : null}
    </div>
  );
}
