// Serving a private message's picture (app/conversation-pictures/): the
// bytes only for those who may read the message — its conversation's active
// participants, or staff when it (or its neighbour) was reported; before the
// message is sent, its uploader (the composer's thumbnail). Everyone else,
// administrators included, gets "not found", as for a picture that does not
// exist (permissions.canViewConversationPicture decides).
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { canViewConversationPicture, type Viewer } from "@/lib/permissions";
import { parseVariants, PRIVATE_KIND, privateVariantKey } from "@/lib/uploads/picture-urls";
import { pictureStorage } from "@/lib/uploads/storage";
import { conversationPictureSchema } from "@/lib/validation/conversation";
import { parseInput } from "@/lib/validation/parse-input";
import { loadConversation } from "./access";
import { t } from "@/lib/i18n/text";

const NOT_FOUND = () => t("validation.conversationPictureNotFound");

export type ConversationPictureFile = { bytes: Buffer; contentType: string };

export async function readConversationPicture(viewer: Viewer | null, input: unknown): Promise<ConversationPictureFile> {
  const { attachmentId, file } = parseInput(conversationPictureSchema, input, NOT_FOUND());
  if (!viewer) throw new NotFoundError(NOT_FOUND());
  const picture = await db.attachment.findUnique({
    where: { id: attachmentId },
    select: { kind: true, uploaderId: true, variants: true, removedAt: true, conversationMessage: { select: { id: true, conversationId: true, number: true, status: true } } },
  });
  if (!picture || picture.kind !== PRIVATE_KIND || picture.removedAt) throw new NotFoundError(NOT_FOUND());
  const message = picture.conversationMessage;
  let standing: Parameters<typeof canViewConversationPicture>[2] = null;
  if (message) {
    const loaded = await loadConversation(viewer, message.conversationId);
    if (!loaded) throw new NotFoundError(NOT_FOUND());
    // Staff see what viewReportedMessage shows them: a reported message and its neighbours.
    const reportedNearby =
      loaded.access.participation === "active"
        ? false
        : (await db.conversationReport.count({
            where: { message: { conversationId: message.conversationId, number: { in: [message.number - 1, message.number, message.number + 1] } } },
          })) > 0;
    standing = { access: loaded.access, status: message.status, reportedNearby };
  }
  if (!canViewConversationPicture(viewer, { uploaderId: picture.uploaderId, sent: !!message }, standing)) throw new NotFoundError(NOT_FOUND());
  const v = parseVariants(picture.variants);
  if (!v || !v.files.some((f) => f.name === file)) throw new NotFoundError(NOT_FOUND());
  const bytes = await pictureStorage().get(privateVariantKey(v.hash, file));
  if (!bytes) throw new NotFoundError(NOT_FOUND());
  return { bytes, contentType: file.endsWith(".gif") ? "image/gif" : "image/webp" };
}
