// The rules every new post obeys, a reply or a thread's opening post alike:
// the length setting, the pace between posts, no same text twice in a short
// window, the word filter (refuse, or hold for approval) and the approval of
// new members' first posts. Staff skip the pace and approval rules, not the
// length or a refusing filter. Returns the status the post is written with.
import "server-only";
import { db } from "@/lib/db";
import { sqliteDirect } from "@/lib/db/sqlite-direct";
import { postedSameTextSqlite } from "./same-text-sqlite";
import { InvalidInputError, RateLimitedError } from "@/lib/errors";
import { needsApproval } from "./needs-approval";
import { checkWordFilter, type FilterVerdict } from "./word-filter-check";
import { canPostLinks, isStaff, type Viewer } from "@/lib/permissions";
import { containsLink } from "@/lib/spam/links";
import { linkFieldError, linkRuleMessage } from "@/lib/eligibility";
import type { ForumSettingsValues } from "@/lib/settings";
import { t } from "@/lib/i18n/text";

export type PostKind = "reply" | "thread";


type NewPost = {
  kind: PostKind;
  /** The Markdown body (normalised by the schema). */
  source: string;
  /** Every field the word filter reads, by form field name (the body is "source"). */
  filtered: Record<string, string>;
};

export async function applyPostingRules(
  viewer: Viewer,
  post: NewPost,
  settings: ForumSettingsValues,
  now: Date,
): Promise<"visible" | "pending"> {
  if (post.source.length > settings.maxReplyLength) {
    throw new InvalidInputError(
      post.kind === "reply"
        ? t("services.forumReplyTooLong", { length: post.source.length, max: settings.maxReplyLength })
        : t("services.forumThreadTooLong", { length: post.source.length, max: settings.maxReplyLength }),
      { source: t("validation.replySourceTooLong") },
    );
  }
  const staff = isStaff(viewer);
  if (!staff) await enforcePace(viewer, post, settings, now);
  await enforceLinkRule(viewer, post.source, settings);

  // Word filter first (a refusal is final), then the approval rules.
  const verdict = await filterFields(post.filtered);
  const held = !staff && (verdict?.action === "queue" || (await needsApproval(viewer.id, settings.approveFirstReplies)));
  return held ? "pending" : "visible";
}

/**
 * A new member's first posts carry no links (permissions.canPostLinks).
 * `before`: for an edit, only the posts written before the one edited count.
 */
export async function enforceLinkRule(viewer: Viewer, source: string, settings: ForumSettingsValues, before?: { postId: number; createdAt: Date }): Promise<void> {
  if (settings.linkFreePosts <= 0 || isStaff(viewer) || !containsLink(source)) return;
  const priorPosts = await db.post.count({
    where: { authorId: viewer.id, status: "visible", ...(before ? { id: { not: before.postId }, createdAt: { lt: before.createdAt } } : {}) },
  });
  if (!canPostLinks(viewer, { priorPosts }, settings)) {
    throw new InvalidInputError(linkRuleMessage(settings.linkFreePosts), { source: linkFieldError() });
  }
}

/** The strictest verdict over the fields; a refusal names the field it is in. */
async function filterFields(fields: Record<string, string>): Promise<FilterVerdict> {
  let strictest: FilterVerdict = null;
  for (const [field, text] of Object.entries(fields)) {
    const verdict = await checkWordFilter(text);
    if (verdict?.action === "refuse") {
      throw new InvalidInputError(t("services.forumBannedPhrase", { phrase: verdict.phrase }), {
        [field]: t("services.bannedPhraseField"),
      });
    }
    strictest ??= verdict;
  }
  return strictest;
}

async function enforcePace(viewer: Viewer, post: NewPost, settings: ForumSettingsValues, now: Date): Promise<void> {
  const isNewMember = now.getTime() - viewer.createdAt.getTime() < settings.newMemberHours * 3_600_000;
  const interval = isNewMember ? settings.newMemberReplyIntervalSeconds : settings.replyIntervalSeconds;
  // A limit set to 0 is off: nothing to look up. A new thread waits after any
  // post; a reply only after the member's last reply (its rule from before
  // members could open threads), so they may add to a thread just opened.
  const last =
    interval <= 0
      ? null
      : await db.post.findFirst({
          where: { authorId: viewer.id, ...(post.kind === "reply" ? { number: { gt: 1 } } : {}) },
          orderBy: { createdAt: "desc" },
          select: { createdAt: true },
        });
  if (last) {
    const waitMs = last.createdAt.getTime() + interval * 1000 - now.getTime();
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      throw new RateLimitedError(post.kind === "reply" ? t("services.forumReplyTooFast", { seconds }) : t("services.forumThreadTooFast", { seconds }), seconds);
    }
  }
  if (settings.duplicateWindowMinutes <= 0) return;
  const windowStart = new Date(now.getTime() - settings.duplicateWindowMinutes * 60_000);
  const direct = sqliteDirect(db);
  const same = direct
    ? await postedSameTextSqlite(direct, viewer.id, post.source, windowStart)
    : (await db.post.findFirst({ where: { authorId: viewer.id, source: post.source, createdAt: { gte: windowStart } }, select: { id: true } })) !== null;
  if (same) {
    throw new InvalidInputError(
      t("services.forumDuplicate", { minutes: settings.duplicateWindowMinutes }),
      { source: t("services.forumDuplicateField") },
    );
  }
}
