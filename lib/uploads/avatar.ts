// A member's avatar: cropped to a square from the picture's most interesting
// part and stored at 48, 96 and 192 px (User.avatarUrl points at the 96 px
// one; components/avatar.tsx offers the others in srcset). Removing it brings
// the initials back. The previous avatar's files go when nothing uses them.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { InvalidInputError } from "@/lib/errors";
import { assertCan, canChangeAvatar, ForbiddenError, type Viewer } from "@/lib/permissions";
import { getSettings } from "@/lib/settings";
import { parseInput } from "@/lib/validation/parse-input";
import { contentHash } from "./keys";
import { UPLOAD_MESSAGES } from "./messages";
import { pictureUrl, variantKey, type Variants } from "./picture-urls";
import { ImageRefusedError, processAvatar } from "./process-image";
import { inPool } from "./processing-pool";
import { purgeUnusedFiles } from "./purge-files";
import { MAX_PIXELS } from "./store-image";
import { pictureStorage } from "./storage";
import { displayName, filesOf, type IncomingFile } from "./upload-pictures";
import { t } from "@/lib/i18n/text";

export const AVATAR_MESSAGES = {
  get saved() {
    return t("services.uploadsAvatarSaved");
  },
  get removed() {
    return t("services.uploadsAvatarRemoved");
  },
  get choose() {
    return t("services.uploadsAvatarChoose");
  },
} as const;

const intentSchema = z.object({ intent: z.enum(["save", "remove"], { error: () => t("validation.alertsRequestInvalid") }) });

async function dropOldAvatars(userId: number, keepId: number | null): Promise<void> {
  const old = await db.attachment.findMany({ where: { uploaderId: userId, kind: "avatar", ...(keepId ? { id: { not: keepId } } : {}) }, select: { id: true, contentHash: true, variants: true } });
  if (old.length === 0) return;
  await db.attachment.deleteMany({ where: { id: { in: old.map((o) => o.id) } } });
  await purgeUnusedFiles(db, old);
}

export async function changeAvatar(viewer: Viewer | null, input: unknown): Promise<{ message: string; memberId: number }> {
  const { intent } = parseInput(intentSchema, input);
  if (!viewer) throw new ForbiddenError(UPLOAD_MESSAGES.guest);
  assertCan(canChangeAvatar(viewer));
  if (intent === "remove") {
    await db.user.update({ where: { id: viewer.id }, data: { avatarUrl: null } });
    await dropOldAvatars(viewer.id, null);
    return { message: AVATAR_MESSAGES.removed, memberId: viewer.id };
  }
  const [file] = filesOf(((input ?? {}) as { avatar?: unknown[] }).avatar ?? []) as IncomingFile[];
  if (!file) throw new InvalidInputError(AVATAR_MESSAGES.choose, { avatar: AVATAR_MESSAGES.choose });
  const settings = await getSettings();
  const name = displayName(file.name);
  if (file.size > settings.maxImageMegabytes * 1024 * 1024) throw new InvalidInputError(UPLOAD_MESSAGES.tooLarge(name, settings.maxImageMegabytes), { avatar: UPLOAD_MESSAGES.tooLarge(name, settings.maxImageMegabytes) });
  const bytes = Buffer.from(await file.arrayBuffer());
  let processed;
  try {
    processed = await inPool(() => processAvatar(bytes, { maxPixels: MAX_PIXELS }));
  } catch (error) {
    if (!(error instanceof ImageRefusedError)) throw error;
    const message = error.reason === "tooManyPixels" ? UPLOAD_MESSAGES.tooManyPixels(name, MAX_PIXELS / 1_000_000) : UPLOAD_MESSAGES[error.reason](name);
    throw new InvalidInputError(message, { avatar: message });
  }
  // Named after the source bytes plus "avatar": the same photo as a post picture keeps apart files.
  const hash = contentHash(Buffer.concat([Buffer.from("avatar:"), bytes]));
  for (const f of processed.files) await pictureStorage().put(variantKey(hash, f.name), f.bytes, "image/webp");
  const variants: Variants = { hash, files: processed.files.map(({ name: n, width, height }) => ({ name: n, width, height })) };
  const row = await db.attachment.create({
    data: { kind: "avatar", uploaderId: viewer.id, filename: `avatar-${hash.slice(0, 12)}-${Date.now().toString(36)}`, storagePath: hash, contentHash: hash, variants: JSON.stringify(variants), width: 192, height: 192, mimeType: "image/webp", byteSize: processed.files[1].bytes.length },
    select: { id: true },
  });
  await db.user.update({ where: { id: viewer.id }, data: { avatarUrl: pictureUrl(variantKey(hash, "a96.webp")) } });
  await dropOldAvatars(viewer.id, row.id);
  return { message: AVATAR_MESSAGES.saved, memberId: viewer.id };
}
