// The new thread a member is writing, kept on the server as they type (the
// "Tạo chủ đề" form saves it, debounced, with JavaScript on): a reload, a
// crash or another device brings it back. One per member; creating the
// thread removes it, as does emptying both fields.
import "server-only";
import { db } from "@/lib/db";
import { assertCan, canParticipate, ForbiddenError, type Viewer } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse-input";
import { threadDraftSchema } from "@/lib/validation/thread";
import { formAlreadyPosted } from "./posted-form";
import { t } from "@/lib/i18n/text";

export type ThreadDraftValues = { categoryId: number | null; title: string; source: string };

export async function saveThreadDraft(viewer: Viewer | null, input: unknown): Promise<{ saved: boolean }> {
  if (!viewer) throw new ForbiddenError(t("services.logInRequired"));
  assertCan(canParticipate(viewer));
  const { categoryId, title, source, clientToken } = parseInput(threadDraftSchema, input);
  if (await formAlreadyPosted(clientToken)) return { saved: false };
  if (title.trim() === "" && source.trim() === "") {
    await clearThreadDraft(viewer.id);
    return { saved: false };
  }
  // A category deleted since is forgotten, not an error: the form picks another.
  const category = categoryId === null ? null : await db.category.findUnique({ where: { id: categoryId }, select: { id: true } });
  const data = { categoryId: category?.id ?? null, title, source };
  await db.threadDraft.upsert({ where: { userId: viewer.id }, create: { userId: viewer.id, ...data }, update: data });
  // The thread may have been created (and the draft cleared) while this was written.
  if (await formAlreadyPosted(clientToken)) {
    await db.threadDraft.deleteMany({ where: { userId: viewer.id, title, source } });
    return { saved: false };
  }
  return { saved: true };
}

export async function getThreadDraft(viewer: Viewer | null): Promise<ThreadDraftValues | null> {
  if (!viewer) return null;
  return db.threadDraft.findUnique({ where: { userId: viewer.id }, select: { categoryId: true, title: true, source: true } });
}

export async function clearThreadDraft(userId: number): Promise<void> {
  await db.threadDraft.deleteMany({ where: { userId } });
}
