// Posting a reply: validate, authorise against fresh state, apply the limits,
// then write post, counters and search entry in one transaction. A form
// submitted twice (same client token) posts once and answers with the first
// post.
//
// The transaction holds SQLite's single writer lock, and every statement in
// it is a round trip through Prisma during which the rest of the server runs:
// so it contains only the writes that must commit together (the post number,
// the post, its search entry, the counters), each written from data already
// at hand. Dropping the member's draft follows the commit (a draft left
// behind by a failure there is harmless).
import "server-only";
import { parseInput } from "@/lib/validation/parse-input";
import { db } from "@/lib/db";
import { InvalidInputError, NotFoundError, RateLimitedError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, canReply, ForbiddenError, isStaff, type Viewer } from "@/lib/permissions";
import { getSettings } from "@/lib/settings";
import { createReplySchema, type CreateReplyInput } from "@/lib/validation/reply";
import { needsApproval } from "@/lib/moderation/approval-queue";
import { checkWordFilter } from "@/lib/moderation/word-filter";
import { explainCannotParticipate } from "./explain-denial";
import { renderPostSource } from "./render-post";
import { indexNewPost } from "@/lib/search";
import { publishThreadEvent } from "./thread-events";

export type CreatedReply = {
  postId: number;
  threadId: number;
  /** The thread's slug, for the URL of the page showing the reply. */
  threadSlug: string;
  number: number;
  status: string;
  duplicate: boolean;
};

export async function createReply(
  viewer: Viewer | null,
  input: CreateReplyInput,
  meta: { ipHash?: string | null } = {},
): Promise<CreatedReply> {
  const { threadId, source, clientToken } = parseInput(createReplySchema, input);
  if (!viewer) throw new ForbiddenError("Bạn cần đăng nhập để trả lời.");

  // A retry of a form that already went through answers with the first post.
  const earlier = await findByToken(clientToken, viewer.id);
  if (earlier) return earlier;

  const thread = await db.thread.findUnique({ where: { id: threadId }, select: { id: true, slug: true, title: true, lead: true, locked: true } });
  if (!thread) throw new NotFoundError("Chủ đề không tồn tại.");
  if (thread.locked && !isStaff(viewer)) throw new ForbiddenError("Chủ đề đã bị khóa, không thể trả lời thêm.");
  explainCannotParticipate(viewer);
  assertCan(canReply(viewer, thread));

  const settings = await getSettings();
  if (source.length > settings.maxReplyLength) {
    throw new InvalidInputError(
      `Trả lời dài ${source.length.toLocaleString("vi-VN")} ký tự, vượt giới hạn ${settings.maxReplyLength.toLocaleString("vi-VN")} ký tự.`,
      { source: "Nội dung quá dài." },
    );
  }

  const now = new Date();
  if (!isStaff(viewer)) await enforceReplyLimits(viewer, source, settings, now);

  // Word filter first (a refusal is final), then the approval rules.
  const verdict = await checkWordFilter(source);
  if (verdict?.action === "refuse") {
    throw new InvalidInputError(`Nội dung chứa cụm từ không được phép: “${verdict.phrase}”. Hãy sửa lại trước khi gửi.`, { source: "Chứa cụm từ bị cấm." });
  }
  const held = !isStaff(viewer) && (verdict?.action === "queue" || (await needsApproval(viewer.id, settings.approveFirstReplies)));
  const status = held ? "pending" : "visible";

  const html = await renderPostSource(source);
  try {
    const post = await db.$transaction(async (tx) => {
      // A held reply takes its number now but counts only once approved.
      const numbered = await tx.thread.update({
        where: { id: threadId },
        data: held ? { lastNumber: { increment: 1 } } : { lastNumber: { increment: 1 }, replyCount: { increment: 1 }, lastPostAt: now },
        select: { lastNumber: true },
      });
      const created = await tx.post.create({
        data: {
          threadId,
          authorId: viewer.id,
          number: numbered.lastNumber,
          format: "markdown",
          source,
          html,
          status,
          clientToken,
          ipHash: meta.ipHash ?? null,
          createdAt: now,
        },
        select: { id: true, number: true, status: true },
      });
      await indexNewPost(tx, { id: created.id, number: created.number, format: "markdown", source, html, thread });
      if (!held) await tx.user.update({ where: { id: viewer.id }, data: { postCount: { increment: 1 } } });
      return created;
    });
    await db.draft.deleteMany({ where: { userId: viewer.id, threadId } });
    if (!held) publishThreadEvent({ threadId, kind: "reply" });
    return { postId: post.id, threadId, threadSlug: thread.slug, number: post.number, status: post.status, duplicate: false };
  } catch (error) {
    // Two submissions of the same form raced: the loser answers with the winner's post.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await findByToken(clientToken, viewer.id);
      if (winner) return winner;
    }
    throw error;
  }
}

async function findByToken(clientToken: string, authorId: number): Promise<CreatedReply | null> {
  const post = await db.post.findUnique({
    where: { clientToken },
    select: { id: true, threadId: true, number: true, status: true, authorId: true, thread: { select: { slug: true } } },
  });
  if (!post) return null;
  // Tokens are random per form; one that belongs to someone else is refused.
  if (post.authorId !== authorId) throw new InvalidInputError("Biểu mẫu đã hết hạn, vui lòng tải lại trang.");
  return { postId: post.id, threadId: post.threadId, threadSlug: post.thread.slug, number: post.number, status: post.status, duplicate: true };
}

async function enforceReplyLimits(
  viewer: Viewer,
  source: string,
  settings: Awaited<ReturnType<typeof getSettings>>,
  now: Date,
): Promise<void> {
  const isNewMember = now.getTime() - viewer.createdAt.getTime() < settings.newMemberHours * 3_600_000;
  const interval = isNewMember ? settings.newMemberReplyIntervalSeconds : settings.replyIntervalSeconds;
  // A limit set to 0 is off: nothing to look up.
  const last = interval <= 0 ? null : await db.post.findFirst({
    where: { authorId: viewer.id, number: { gt: 1 } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  if (last) {
    const waitMs = last.createdAt.getTime() + interval * 1000 - now.getTime();
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      throw new RateLimitedError(`Bạn gửi trả lời quá nhanh. Vui lòng đợi ${seconds} giây rồi gửi lại.`, seconds);
    }
  }
  if (settings.duplicateWindowMinutes <= 0) return;
  const windowStart = new Date(now.getTime() - settings.duplicateWindowMinutes * 60_000);
  const same = await db.post.findFirst({
    where: { authorId: viewer.id, source, createdAt: { gte: windowStart } },
    select: { id: true },
  });
  if (same) {
    throw new InvalidInputError(
      `Bạn vừa gửi đúng nội dung này trong ${settings.duplicateWindowMinutes} phút qua. Hãy viết điều gì mới hơn.`,
      { source: "Nội dung trùng lặp." },
    );
  }
}
