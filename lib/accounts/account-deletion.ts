// A member deletes their account (Vietnam's Decree 13/2023 on personal
// data, art. 9 and 16; GDPR art. 17). What it does is in docs/accounts.md.
//
// 1. Request (requestAccountDeletion): re-authenticated — the current
//    password; a member without one (Google/GitHub only) types their
//    username within 15 minutes of logging in through the provider, which is
//    as fresh a proof as the provider gives. The member chooses to keep their
//    posts (signed "Thành viên đã xóa") or to remove them. Every session
//    ends at once; a grace period starts (DELETION_GRACE_DAYS).
// 2. Logging in during the grace period cancels the request
//    (settleDeletionOnLogin, called wherever a session starts).
// 3. After it, the account is anonymised (completeAccountDeletion): by the
//    server's background sweep (hourly), by `npm run accounts:purge`, or at
//    once when someone tries to log in to it.
// Each step is a moderation-log entry, under the member's own id.
import { z } from "zod";
import type { Db } from "@/lib/db-client";
import { ForbiddenError, InvalidInputError } from "@/lib/errors";
import { recordExpiry } from "@/lib/cache/expiry-feed";
import { NEWEST_POSTS_TAG, threadTag } from "@/lib/cache/tags";
import { logModAction } from "@/lib/mod-log/log-action";
import { setPostStatus } from "@/lib/forum/post-visibility";
import { canRequestAccountDeletion, type Viewer } from "@/lib/permissions";
import { retryAfterMessage } from "@/lib/rate-limit";
import { indexPost } from "@/lib/search";
import { parseInput } from "@/lib/validation/parse-input";
import { confirmCurrentPassword } from "./authenticate-member";
import { t } from "@/lib/i18n/text";

export const DELETED_NAME = "Thành viên đã xóa";
/** What readers see in place of a removed post's text. */
export const REMOVED_TEXT = "_Nội dung đã được tác giả xóa cùng tài khoản._";
const REMOVED_HTML = "<p><em>Nội dung đã được tác giả xóa cùng tài khoản.</em></p>";
const REMOVED_REASON = "Tác giả đã xóa tài khoản";

/** The grace period, in days (env ACCOUNT_DELETION_GRACE_DAYS, default 14). */
export function deletionGraceDays(): number {
  const raw = Number(process.env.ACCOUNT_DELETION_GRACE_DAYS);
  return Number.isFinite(raw) && raw >= 0 ? raw : 14;
}

/** A member without a password proves it is them by a provider login at most this old. */
export const FRESH_LOGIN_MS = 15 * 60_000;

const requestSchema = z.object({
  mode: z.enum(["keep", "remove"], { error: () => t("services.accountsDeletionModeRequired") }),
  password: z.string().max(200).optional(),
  confirmUsername: z.string().max(100).optional(),
});

export type DeletionRequest = { dueAt: Date; mode: "keep" | "remove" };

export async function requestAccountDeletion(
  db: Db,
  viewer: Viewer | null,
  input: unknown,
  ctx: { ip: string; sessionId?: string; now?: Date },
): Promise<DeletionRequest> {
  const { mode, password, confirmUsername } = parseInput(requestSchema, input);
  if (!viewer) throw new ForbiddenError(t("services.logInRequired"));
  const now = ctx.now ?? new Date();
  const member = await db.user.findUniqueOrThrow({
    where: { id: viewer.id },
    select: { id: true, username: true, passwordHash: true, deletionRequestedAt: true, deletedAt: true },
  });
  if (!canRequestAccountDeletion(viewer, member)) throw new ForbiddenError(t("services.accountsDeletionAlreadyRequested"));

  if (member.passwordHash) {
    if (!password) throw new InvalidInputError(t("services.accountsDeletionPasswordNeeded"), { password: t("validation.accountPasswordRequired") });
    const check = await confirmCurrentPassword(db, member, password, { ip: ctx.ip, now });
    if (!check.ok) {
      if (check.reason === "throttled") throw new ForbiddenError(`${t("services.accountsTooManyWrongTries")} ${retryAfterMessage(check.retryAt)}`);
      throw new InvalidInputError(t("validation.accountPasswordWrong"), { password: t("validation.accountPasswordWrong") });
    }
  } else {
    const session = ctx.sessionId ? await db.session.findUnique({ where: { id: ctx.sessionId }, select: { createdAt: true, userId: true } }) : null;
    const fresh = !!session && session.userId === member.id && now.getTime() - session.createdAt.getTime() <= FRESH_LOGIN_MS;
    if (!fresh) {
      throw new ForbiddenError(t("services.accountsDeletionOauthRecent"));
    }
    if ((confirmUsername ?? "").trim().toLowerCase() !== member.username.toLowerCase()) {
      throw new InvalidInputError(t("services.accountsDeletionTypeUsername"), { confirmUsername: t("services.accountsUsernameMismatch") });
    }
  }

  const dueAt = new Date(now.getTime() + deletionGraceDays() * 86_400_000);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: member.id },
      // A new session version and no Session rows: every browser is logged out now.
      data: { deletionRequestedAt: now, deletionDueAt: dueAt, deletionMode: mode, sessionVersion: { increment: 1 } },
    });
    await tx.session.deleteMany({ where: { userId: member.id } });
    await logModAction(tx, {
      actorId: member.id,
      action: "account.delete-request",
      targetType: "member",
      targetId: member.id,
      targetUserId: member.id,
      details: { mode, dueAt: dueAt.toISOString() },
    });
  });
  return { dueAt, mode };
}

export type LoginSettlement = "none" | "cancelled" | "deleted";

/**
 * Called as a session starts: a request still in its grace period is
 * cancelled (that is how a member takes it back); one past it is carried
 * out now, and the login refused.
 */
export async function settleDeletionOnLogin(db: Db, userId: number, now: Date = new Date()): Promise<LoginSettlement> {
  const member = await db.user.findUnique({ where: { id: userId }, select: { deletionDueAt: true, deletedAt: true } });
  if (!member) return "deleted";
  if (member.deletedAt) return "deleted";
  if (!member.deletionDueAt) return "none";
  if (member.deletionDueAt.getTime() <= now.getTime()) {
    await completeAccountDeletion(db, userId, now);
    return "deleted";
  }
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { deletionRequestedAt: null, deletionDueAt: null, deletionMode: null } });
    await logModAction(tx, { actorId: userId, action: "account.delete-cancel", targetType: "member", targetId: userId, targetUserId: userId });
  });
  return "cancelled";
}

/**
 * Anonymises the account: its name becomes "Thành viên đã xóa", every
 * personal field is erased, its sign-in methods, sessions, tokens, drafts,
 * notifications and likes are deleted, and — when the member chose so —
 * their posts are removed. The row stays so threads keep their shape.
 * `by`: a moderator rejecting a held registration (logged as that) instead
 * of the member's own request.
 */
export async function completeAccountDeletion(db: Db, userId: number, now: Date = new Date(), by?: { moderatorId: number; reason?: string | null }): Promise<{ threadIds: number[] }> {
  const member = await db.user.findUnique({ where: { id: userId }, select: { id: true, deletedAt: true, deletionMode: true, deletionDueAt: true } });
  if (!member || member.deletedAt) return { threadIds: [] };
  const remove = member.deletionMode === "remove";

  const posts = await db.post.findMany({
    where: { authorId: userId },
    select: { id: true, threadId: true, authorId: true, number: true, status: true },
    orderBy: { id: "asc" },
  });
  const reactions = await db.reaction.findMany({ where: { userId }, select: { id: true, postId: true, post: { select: { threadId: true, authorId: true } } } });
  const threadIds = [...new Set([...posts.map((p) => p.threadId), ...reactions.map((r) => r.post.threadId)])];

  await db.$transaction(async (tx) => {
    // Their likes go, and the counts they added with them.
    for (const reaction of reactions) {
      await tx.post.update({ where: { id: reaction.postId }, data: { reactionCount: { decrement: 1 } } });
      // …and the "reactions received" of the posts' authors (lib/forum/toggle-reaction.ts).
      await tx.user.update({ where: { id: reaction.post.authorId }, data: { reactionsReceived: { decrement: 1 } } });
    }
    await tx.reaction.deleteMany({ where: { userId } });

    if (remove) {
      for (const post of posts) await removePostOfDeletedMember(tx, post, userId);
    }
    await tx.post.updateMany({ where: { authorId: userId }, data: { ipHash: null } });

    await tx.oAuthAccount.deleteMany({ where: { userId } });
    await tx.session.deleteMany({ where: { userId } });
    await tx.authToken.deleteMany({ where: { userId } });
    await tx.draft.deleteMany({ where: { userId } });
    await tx.threadDraft.deleteMany({ where: { userId } });
    await tx.notification.deleteMany({ where: { userId } });
    // What they read, whom they ignored or followed, and who followed them: personal, not content.
    await tx.threadRead.deleteMany({ where: { userId } });
    await tx.categoryRead.deleteMany({ where: { userId } });
    await tx.memberIgnore.deleteMany({ where: { OR: [{ userId }, { ignoredId: userId }] } });
    await tx.memberFollow.deleteMany({ where: { OR: [{ followerId: userId }, { followedId: userId }] } });
    // Conversations: their messages stay for the others to read, signed with
    // the replaced name (the User row below); what was theirs alone goes —
    // drafts, their read marks — and they leave every conversation, so no
    // one invites or alerts an erased account (lib/conversations/).
    await tx.conversationDraft.deleteMany({ where: { userId } });
    await tx.conversationParticipant.updateMany({ where: { userId, leftAt: null }, data: { leftAt: now } });
    await tx.conversationMessage.updateMany({ where: { authorId: userId }, data: { ipHash: null } });
    await tx.user.update({
      where: { id: userId },
      data: {
        username: `xoa.${userId}`,
        usernameKey: `xoa.${userId}`,
        displayName: DELETED_NAME,
        // Unique per row: the name "Thành viên đã xóa" is shared, not claimable.
        displayNameKey: `deleted:${userId}`,
        email: null,
        emailVerifiedAt: null,
        passwordHash: null,
        userTitle: null,
        avatarUrl: null,
        registrationIpHash: null,
        heldAt: null,
        deletionDueAt: null,
        deletedAt: now,
        sessionVersion: { increment: 1 },
      },
    });
    if (by) {
      await logModAction(tx, { actorId: by.moderatorId, action: "member.reject", targetType: "member", targetId: userId, targetUserId: userId, reason: by.reason ?? null });
    } else {
      await logModAction(tx, {
        actorId: userId,
        action: "account.delete-complete",
        targetType: "member",
        targetId: userId,
        targetUserId: userId,
        details: { mode: member.deletionMode ?? "keep", posts: posts.length },
      });
    }
  });
  // Cached pages that show the member (their name beside posts, likers'
  // lists): through the expiry feed, which every server applies, whichever
  // process ran this (a request, the background sweep, the CLI).
  if (threadIds.length > 0 || posts.length > 0) await recordExpiry(db, [...threadIds.map(threadTag), NEWEST_POSTS_TAG]);
  return { threadIds };
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * "Remove my posts": a reply is deleted in place (its number stays, readers
 * see that its author removed it) and its text erased. An opening post is
 * treated by what hangs on it: with other members' replies the thread stays
 * (their words are theirs to keep) and only the opening text is erased;
 * without, the whole thread is deleted as a moderator's deletion would.
 */
async function removePostOfDeletedMember(tx: Tx, post: { id: number; threadId: number; authorId: number; number: number; status: string }, userId: number) {
  const othersReplied =
    post.number === 1 && (await tx.post.count({ where: { threadId: post.threadId, number: { gt: 1 }, authorId: { not: userId } } })) > 0;
  if (post.status !== "deleted" && !othersReplied) {
    await setPostStatus(tx, post, { status: "deleted", reason: REMOVED_REASON, byId: userId });
  }
  await tx.postRevision.deleteMany({ where: { postId: post.id } });
  await tx.post.update({ where: { id: post.id }, data: { format: "markdown", source: REMOVED_TEXT, html: REMOVED_HTML } });
  await indexPost(tx, post.id);
}

/** Every account whose grace period is over, anonymised; returns how many. */
export async function purgeDueAccounts(db: Db, now: Date = new Date()): Promise<number> {
  const due = await db.user.findMany({ where: { deletionDueAt: { lte: now }, deletedAt: null }, select: { id: true }, take: 100 });
  for (const member of due) await completeAccountDeletion(db, member.id, now);
  return due.length;
}
