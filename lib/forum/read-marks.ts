// "Đánh dấu đã đọc" (model CategoryRead): a member's watermark per category.
// Every thread whose last post is not newer than the watermark counts as
// read, whatever ThreadRead says; marking the whole forum read writes one
// watermark per category (a handful of rows). Later posts are unread again.
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { assertCan, canKeepReadState, type Viewer } from "@/lib/permissions";
import type { ServiceContext } from "@/lib/service-context";
import { parseInput } from "@/lib/validation/parse-input";
import { markReadSchema } from "@/lib/validation/read-marks";
import { t } from "@/lib/i18n/text";

export const READ_MARK_MESSAGES = {
  guest: () => t("services.forumMarkReadLogIn"),
  noCategory: () => t("services.categoryMissing"),
} as const;

/** Marks one category (`categoryId`) or the whole forum (none) read for the viewer, as of `now`. */
export async function markRead(viewer: Viewer | null, input: unknown, _ctx: ServiceContext = {}, now: Date = new Date()) {
  const { categoryId } = parseInput(markReadSchema, input);
  assertCan(canKeepReadState(viewer), READ_MARK_MESSAGES.guest());
  const categories = categoryId
    ? await db.category.findMany({ where: { id: categoryId }, select: { id: true, slug: true } })
    : await db.category.findMany({ select: { id: true, slug: true } });
  if (categoryId && categories.length === 0) throw new NotFoundError(READ_MARK_MESSAGES.noCategory());
  await db.$transaction(
    categories.map((c) =>
      db.categoryRead.upsert({
        where: { userId_categoryId: { userId: viewer!.id, categoryId: c.id } },
        create: { userId: viewer!.id, categoryId: c.id, readAt: now },
        update: { readAt: now },
      }),
    ),
  );
  return { category: categoryId ? categories[0] : null };
}

/** The viewer's watermarks, by category id (one small indexed read: a row per category at most). */
export async function readWatermarks(userId: number): Promise<Map<number, Date>> {
  const rows = await db.categoryRead.findMany({ where: { userId }, select: { categoryId: true, readAt: true } });
  return new Map(rows.map((r) => [r.categoryId, r.readAt]));
}
