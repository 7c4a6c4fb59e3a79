// Per-thread moderation: lock/unlock, pin/unpin, move to another category,
// rename (the slug follows; old URLs redirect because a thread URL carries its id).
import "server-only";
import { db } from "@/lib/db";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { publishThreadEvent } from "@/lib/forum/thread-events";
import { assertCan, canManageThread, type Viewer } from "@/lib/permissions";
import { indexThread } from "@/lib/search";
import { slugify } from "@/lib/slug";
import { parseInput } from "@/lib/validation/parse-input";
import { threadToolSchema } from "@/lib/validation/moderation";
import { logModAction } from "@/lib/mod-log/log-action";
import { t } from "@/lib/i18n/text";

export async function applyThreadTool(viewer: Viewer | null, input: unknown) {
  const command = parseInput(threadToolSchema, input);
  assertCan(canManageThread(viewer));
  const actorId = viewer!.id;
  const thread = await db.thread.findUnique({ where: { id: command.threadId } });
  if (!thread) throw new NotFoundError(t("services.threadMissing"));

  await db.$transaction(async (tx) => {
    // The optional reason goes in the log; the title is kept too, so the log
    // names the thread as it was even after a rename or a deletion.
    const log = (action: Parameters<typeof logModAction>[1]["action"], details?: Record<string, unknown>) =>
      logModAction(tx, {
        actorId,
        action,
        targetType: "thread",
        targetId: thread.id,
        targetUserId: thread.authorId,
        reason: command.reason || null,
        details: { title: thread.title, ...details },
      });
    switch (command.tool) {
      case "lock":
      case "unlock": {
        const locked = command.tool === "lock";
        if (thread.locked === locked) throw new InvalidInputError(locked ? t("services.moderationAlreadyLocked") : t("services.moderationAlreadyOpen"));
        await tx.thread.update({ where: { id: thread.id }, data: { locked } });
        await log(locked ? "thread.lock" : "thread.unlock");
        break;
      }
      case "pin":
      case "unpin": {
        const pinned = command.tool === "pin";
        if (thread.pinned === pinned) throw new InvalidInputError(pinned ? t("services.moderationAlreadyPinned") : t("services.moderationNotPinned"));
        await tx.thread.update({ where: { id: thread.id }, data: { pinned } });
        await log(pinned ? "thread.pin" : "thread.unpin");
        break;
      }
      case "move": {
        if (command.categoryId === thread.categoryId) throw new InvalidInputError(t("services.moderationAlreadyInCategory"));
        const [from, category] = await Promise.all([
          tx.category.findUnique({ where: { id: thread.categoryId }, select: { name: true } }),
          tx.category.findUnique({ where: { id: command.categoryId } }),
        ]);
        if (!category) throw new InvalidInputError(t("services.categoryMissing"), { categoryId: t("services.moderationDoesNotExistField") });
        await tx.thread.update({ where: { id: thread.id }, data: { categoryId: category.id } });
        // Categories count visible threads only (a held one counts once approved).
        if (thread.status === "visible") {
          await tx.category.update({ where: { id: thread.categoryId }, data: { threadCount: { decrement: 1 } } });
          await tx.category.update({ where: { id: category.id }, data: { threadCount: { increment: 1 } } });
        }
        await log("thread.move", { from: thread.categoryId, to: category.id, fromName: from?.name ?? null, toName: category.name });
        break;
      }
      case "rename": {
        if (command.title === thread.title) throw new InvalidInputError(t("services.moderationTitleUnchanged"));
        await tx.thread.update({ where: { id: thread.id }, data: { title: command.title, slug: slugify(command.title) } });
        await indexThread(tx, thread.id);
        await log("thread.rename", { from: thread.title, to: command.title });
        break;
      }
    }
  });
  publishThreadEvent({ threadId: thread.id, kind: "update" });
  const after = await db.thread.findUniqueOrThrow({ where: { id: thread.id }, select: { id: true, slug: true } });
  return { ...after, tool: command.tool };
}
