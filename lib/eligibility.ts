// Why a member may not do what the permissions module (lib/permissions.ts)
// refuses, in words: one reason per refusal, decided here once and used by
// the services (which throw it) and the pages (which show it where the form
// would be), so the two can never disagree.
import { activeSanction, sanctionMessage } from "@/lib/accounts/sanctions";
import { canReply, ForbiddenError, type ThreadTarget, type Viewer } from "@/lib/permissions";
import { t } from "@/lib/i18n/text";

export type Refusal = {
  /** What the page may show differently (a link to verify, say). */
  code: "guest" | "sanctioned" | "unverified" | "thread-pending" | "thread-locked" | "other";
  message: string;
};


/** Why this member may not take part now (sanction, unverified email), or null. */
export function participationRefusal(viewer: Viewer, now: Date = new Date()): Refusal | null {
  const sanction = activeSanction(viewer, now);
  if (sanction) return { code: "sanctioned", message: sanctionMessage(sanction) };
  if (!viewer.emailVerified) return { code: "unverified", message: t("services.eligibilityUnverified") };
  return null;
}

/** The message of participationRefusal, or null (the new-thread page shows it instead of the form). */
export function cannotParticipateReason(viewer: Viewer, now: Date = new Date()): string | null {
  return participationRefusal(viewer, now)?.message ?? null;
}

/** Throws the participation refusal, if there is one. */
export function explainCannotParticipate(viewer: Viewer, now: Date = new Date()): void {
  const refusal = participationRefusal(viewer, now);
  if (refusal) throw new ForbiddenError(refusal.message);
}

/** Why `viewer` may not reply in `thread`, or null when canReply allows it. */
export function replyRefusal(viewer: Viewer | null, thread: ThreadTarget, now: Date = new Date()): Refusal | null {
  if (canReply(viewer, thread, now)) return null;
  if (!viewer) return { code: "guest", message: t("services.eligibilityGuestReply") };
  const participation = participationRefusal(viewer, now);
  if (participation) return participation;
  if (thread.status !== "visible") return { code: "thread-pending", message: t("services.eligibilityThreadPending") };
  if (thread.locked) return { code: "thread-locked", message: t("services.eligibilityThreadLocked") };
  return { code: "other", message: t("services.eligibilityCannotReply") };
}

/** For services: throws the reason canReply refuses, if it does. */
export function assertCanReply(viewer: Viewer | null, thread: ThreadTarget, now: Date = new Date()): asserts viewer is Viewer {
  const refusal = replyRefusal(viewer, thread, now);
  if (refusal) throw new ForbiddenError(refusal.message);
}

/** Why a post with a link was refused (permissions.canPostLinks): the text is kept, the member removes the link. */
export function linkRuleMessage(linkFreePosts: number): string {
  return t("services.eligibilityLinkRule", { count: linkFreePosts });
}

/** The field message beside linkRuleMessage. */
export function linkFieldError(): string {
  return t("services.eligibilityLinkField");
}
