// What sits where the reply box goes: the composer for members who may post,
// otherwise the reason they cannot (guest call to action, unverified e-mail,
// sanction, thread not approved yet, locked thread).
import Link from "next/link";
import { GuestCallToAction } from "@/components/thread/guest-call-to-action";
import { ReplyComposer } from "@/components/thread/reply-composer";
import { getDraft } from "@/lib/forum/drafts";
import { quoteForReply } from "@/lib/forum/quote-post";
import { replyRefusal, type Refusal } from "@/lib/eligibility";
import type { Viewer } from "@/lib/permissions";
import { threadPath } from "@/lib/urls";
import { getSettings } from "@/lib/settings";
import { issueFormChallenge } from "@/lib/spam/form-challenge";
import { needsPostChallenge } from "@/lib/spam/post-challenge";
import { pictureLimitsFor } from "@/lib/uploads/picture-limits";
import { selectedQuotes } from "@/lib/next/multi-quote-cookie";
import { localized, translator } from "@/lib/i18n/server";
import { composerText } from "./composer-text.server";

type Props = {
  thread: { id: number; slug: string; locked: boolean; status: string };
  viewer: Viewer | null;
  quotePostId: number | null;
  clientToken: string;
  maxLength: number;
};

export async function ReplyArea({ thread, viewer, quotePostId, clientToken, maxLength }: Props) {
  if (!viewer) return <GuestCallToAction returnTo={threadPath(thread)} />;
  const t = await translator();
  const refusal = replyRefusal(viewer, thread);
  if (refusal) return <p className="notice notice--warning composer-blocked">{refusalText(refusal, t)}</p>;
  const draft = (await getDraft(viewer, thread.id)) ?? "";
  const quote = quotePostId ? await quoteForReply(quotePostId, thread.id) : "";
  const initialSource = quote ? `${draft.trim() ? `${draft.trimEnd()}\n\n` : ""}${quote}` : draft;
  const settings = await getSettings();
  return (
    <>
      {thread.locked ? <p className="notice notice--warning">{t("posts.lockedStaffReply")}</p> : null}
      <ReplyComposer
        threadId={thread.id}
        clientToken={clientToken}
        initialSource={initialSource}
        maxLength={maxLength}
        challenge={needsPostChallenge(viewer, settings) ? await issueFormChallenge("post") : null}
        pictures={await pictureLimitsFor(viewer, settings)}
        multiQuoteCount={(await selectedQuotes(thread.id)).length}
        text={await composerText()}
      />
    </>
  );
}

/** The reason as the reply box says it: an unverified member also gets the link to a new mail. */
function refusalText(refusal: Refusal, t: Awaited<ReturnType<typeof translator>>): React.ReactNode {
  if (refusal.code !== "unverified") return refusal.message;
  return (
    <>
      {refusal.message} {t.rich("posts.verifyHelp", { link: (words) => <Link href={localized("/account")}>{words}</Link> })}
    </>
  );
}
