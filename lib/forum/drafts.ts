// Server-side drafts: what a member is writing in a thread survives a reload,
// a crash or a switch to another device. One draft per member and thread.
import "server-only";
import { parseInput } from "@/lib/validation/parse-input";
import { db } from "@/lib/db";
import { InvalidInputError } from "@/lib/errors";
import { assertCan, canParticipate, ForbiddenError, type Viewer } from "@/lib/permissions";
import { draftSchema } from "@/lib/validation/reply";
import { formAlreadyPosted } from "./posted-form";
import { t } from "@/lib/i18n/text";

export async function saveDraft(viewer: Viewer | null, input: unknown) {
  if (!viewer) throw new ForbiddenError(t("services.logInRequired"));
  assertCan(canParticipate(viewer));
  const { threadId, source, clientToken } = parseInput(draftSchema, input);
  if (await formAlreadyPosted(clientToken)) return { saved: false };
  const thread = await db.thread.findUnique({ where: { id: threadId }, select: { id: true } });
  if (!thread) throw new InvalidInputError(t("services.threadMissing"));
  if (source.trim() === "") {
    await db.draft.deleteMany({ where: { userId: viewer.id, threadId } });
    return { saved: false };
  }
  await db.draft.upsert({
    where: { userId_threadId: { userId: viewer.id, threadId } },
    create: { userId: viewer.id, threadId, source },
    update: { source },
  });
  // The post may have committed (and dropped the draft) while this was written.
  if (await formAlreadyPosted(clientToken)) {
    await db.draft.deleteMany({ where: { userId: viewer.id, threadId, source } });
    return { saved: false };
  }
  return { saved: true };
}

export async function getDraft(viewer: Viewer | null, threadId: number): Promise<string | null> {
  if (!viewer) return null;
  const draft = await db.draft.findUnique({ where: { userId_threadId: { userId: viewer.id, threadId } } });
  return draft?.source ?? null;
}
