// Server-side drafts: what a member is writing in a thread survives a reload,
// a crash or a switch to another device. One draft per member and thread.
import "server-only";
import { parseInput } from "@/lib/validation/parse-input";
import { db } from "@/lib/db";
import { InvalidInputError } from "@/lib/errors";
import { assertCan, canParticipate, ForbiddenError, type Viewer } from "@/lib/permissions";
import { draftSchema } from "@/lib/validation/reply";

export async function saveDraft(viewer: Viewer | null, input: { threadId: unknown; source: unknown }) {
  if (!viewer) throw new ForbiddenError("Bạn cần đăng nhập.");
  assertCan(canParticipate(viewer));
  const { threadId, source } = parseInput(draftSchema, input);
  const thread = await db.thread.findUnique({ where: { id: threadId }, select: { id: true } });
  if (!thread) throw new InvalidInputError("Chủ đề không tồn tại.");
  if (source.trim() === "") {
    await db.draft.deleteMany({ where: { userId: viewer.id, threadId } });
    return { saved: false };
  }
  await db.draft.upsert({
    where: { userId_threadId: { userId: viewer.id, threadId } },
    create: { userId: viewer.id, threadId, source },
    update: { source },
  });
  return { saved: true };
}

export async function getDraft(viewer: Viewer | null, threadId: number): Promise<string | null> {
  if (!viewer) return null;
  const draft = await db.draft.findUnique({ where: { userId_threadId: { userId: viewer.id, threadId } } });
  return draft?.source ?? null;
}
