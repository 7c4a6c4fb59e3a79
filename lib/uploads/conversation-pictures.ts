// Pictures joining a private message: the same form fields as a post
// (attachmentIds "12,15", alt-<id>; post-pictures.ts reads them), but only
// private uploads (kind "conversation", stored under "private/") may be
// claimed, and a post's picture never (permissions.canUseConversationPicture;
// canUsePicture refuses the reverse). The message's HTML links them through
// the checked route (picture-urls.ts, conversationPictureUrl).
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { InvalidInputError } from "@/lib/errors";
import { assertCan, canUseConversationPicture, type Viewer } from "@/lib/permissions";
import { UPLOAD_MESSAGES } from "./messages";
import { PICTURE_SELECT } from "./post-pictures";
import type { PictureView } from "./picture-html";
import { PRIVATE_KIND } from "./picture-urls";
import { t } from "@/lib/i18n/text";

export const MESSAGE_PICTURE_MESSAGES = {
  tooMany: (max: number) => t("services.uploadsMessageTooMany", { max }),
} as const;

/** The uploads a message form names, checked: the viewer's own private uploads, in no message yet, within the limit. */
export async function claimableConversationPictures(viewer: Viewer, ids: number[], limit: number, alts: ReadonlyMap<number, string> = new Map()): Promise<PictureView[]> {
  if (ids.length === 0) return [];
  if (ids.length > limit) throw new InvalidInputError(MESSAGE_PICTURE_MESSAGES.tooMany(limit), { images: MESSAGE_PICTURE_MESSAGES.tooMany(limit) });
  const rows = await db.attachment.findMany({
    where: { id: { in: ids } },
    select: { ...PICTURE_SELECT, uploaderId: true, postId: true, conversationMessageId: true, kind: true },
  });
  if (rows.length !== ids.length) throw new InvalidInputError(UPLOAD_MESSAGES.notFound, { images: UPLOAD_MESSAGES.notFound });
  for (const row of rows) assertCan(canUseConversationPicture(viewer, row), UPLOAD_MESSAGES.notAllowed);
  return ids.map((id) => {
    const row = rows.find((r) => r.id === id)!;
    return { id: row.id, alt: alts.get(id) ?? row.alt, variants: row.variants, removedReason: row.removedReason, removedAt: row.removedAt, kind: PRIVATE_KIND };
  });
}

/** Inside the message's transaction: the uploads become the message's, in order; only unclaimed ones move. */
export async function linkConversationPictures(tx: Prisma.TransactionClient, messageId: number, viewerId: number, pictures: PictureView[]): Promise<void> {
  for (const [i, p] of pictures.entries()) {
    const moved = await tx.attachment.updateMany({
      where: { id: p.id, uploaderId: viewerId, kind: PRIVATE_KIND, postId: null, conversationMessageId: null },
      data: { conversationMessageId: messageId, position: i, alt: p.alt },
    });
    // Claimed meanwhile by another submission: refuse the whole message.
    if (moved.count !== 1) throw new InvalidInputError(UPLOAD_MESSAGES.notFound, { images: UPLOAD_MESSAGES.notFound });
  }
}
