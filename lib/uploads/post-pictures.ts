// Pictures joining a post. The form carries the ids of the member's uploads
// (attachmentIds, "12,15"); each must be the member's own and not yet in a
// post (permissions.canUsePicture), and the post's total stays within the
// setting. The post's HTML is rendered with them (lib/markdown/render.ts:
// `![alt](upload:12)` places one, the rest form a gallery under the text).
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { InvalidInputError } from "@/lib/errors";
import { assertCan, canUsePicture, type Viewer } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse-input";
import { UPLOAD_MESSAGES } from "./messages";
import type { PictureView } from "./picture-html";
import { t } from "@/lib/i18n/text";

const idsSchema = z.object({
  attachmentIds: z
    .string({ error: () => t("services.uploadsListInvalid") })
    .max(2000, { error: () => t("services.uploadsListInvalid") })
    .regex(/^(\d{1,12}(,\d{1,12})*)?$/, { error: () => t("services.uploadsListInvalid") })
    .optional(),
});

export function attachmentIdsOf(input: unknown): number[] {
  const { attachmentIds } = parseInput(idsSchema, input ?? {});
  return [...new Set((attachmentIds ?? "").split(",").filter(Boolean).map(Number))];
}

export const PICTURE_SELECT = { id: true, alt: true, variants: true, removedReason: true, removedAt: true } as const;

/** The uploads a form names, checked: the viewer's own, in no post yet, within the post's limit. */
export async function claimablePictures(viewer: Viewer, ids: number[], limit: number, alreadyInPost = 0, alts: ReadonlyMap<number, string> = new Map()): Promise<PictureView[]> {
  if (ids.length === 0) return [];
  if (ids.length + alreadyInPost > limit) throw new InvalidInputError(UPLOAD_MESSAGES.tooManyFiles(limit), { images: UPLOAD_MESSAGES.tooManyFiles(limit) });
  const rows = await db.attachment.findMany({ where: { id: { in: ids } }, select: { ...PICTURE_SELECT, uploaderId: true, postId: true, kind: true } });
  if (rows.length !== ids.length) throw new InvalidInputError(UPLOAD_MESSAGES.notFound, { images: UPLOAD_MESSAGES.notFound });
  for (const row of rows) assertCan(canUsePicture(viewer, row), UPLOAD_MESSAGES.notAllowed);
  // In the order the form listed them (the gallery's order).
  return ids.map((id) => {
    const row = rows.find((r) => r.id === id)!;
    return { id: row.id, alt: alts.get(id) ?? row.alt, variants: row.variants, removedReason: row.removedReason, removedAt: row.removedAt };
  });
}

/** Inside the post's transaction: the uploads become the post's, in order; only unclaimed ones move. */
export async function linkPictures(tx: Prisma.TransactionClient, postId: number, viewerId: number, pictures: PictureView[], startAt = 0): Promise<void> {
  for (const [i, p] of pictures.entries()) {
    const moved = await tx.attachment.updateMany({ where: { id: p.id, uploaderId: viewerId, postId: null }, data: { postId, position: startAt + i, alt: p.alt } });
    // Claimed meanwhile by another submission of the same upload: refuse the whole post.
    if (moved.count !== 1) throw new InvalidInputError(UPLOAD_MESSAGES.notFound, { images: UPLOAD_MESSAGES.notFound });
  }
}

/** A post's pictures in order, for rendering it again (an edit, a removal). */
export async function picturesOfPost(postId: number, client: Pick<Prisma.TransactionClient, "attachment"> = db): Promise<PictureView[]> {
  return client.attachment.findMany({ where: { postId, kind: "post", variants: { not: null } }, orderBy: [{ position: "asc" }, { id: "asc" }], select: PICTURE_SELECT });
}

/** Alt texts set in the form (alt-<id> fields), at most 300 characters each. */
export function altTextsOf(input: unknown, ids: number[]): Map<number, string> {
  const record = (input ?? {}) as Record<string, unknown>;
  const out = new Map<number, string>();
  for (const id of ids) {
    const value = record[`alt-${id}`];
    if (typeof value !== "string" || value.trim() === "") continue;
    if (value.length > 300) throw new InvalidInputError(UPLOAD_MESSAGES.altTooLong, { images: UPLOAD_MESSAGES.altTooLong });
    out.set(id, value.trim());
  }
  return out;
}
