// Receiving pictures: the files a post form sent (without JavaScript, all at
// once with the text) or one file from the composer's upload (with it). Each
// is checked against the limits (lib/settings.ts), processed in the pool
// (lib/uploads/processing-pool.ts), stored under its content hash and
// recorded as an Attachment of nobody's post yet (postId null), owned by its
// uploader: posting claims it (lib/uploads/post-pictures.ts); unclaimed
// after a day, the background sweep deletes it (lib/uploads/sweep-orphans.ts).
import "server-only";
import { db } from "@/lib/db";
import { InvalidInputError, RateLimitedError } from "@/lib/errors";
import { ForbiddenError, assertCan, canUploadPicture, isStaff, type Viewer } from "@/lib/permissions";
import { getSettings, type ForumSettingsValues } from "@/lib/settings";
import { UPLOAD_MESSAGES } from "./messages";
import { PRIVATE_KIND, conversationPictureUrl, pictureUrl, variantKey } from "./picture-urls";
import { ImageRefusedError, type ProcessRefusal } from "./process-image";
import { MAX_PIXELS, storeImage } from "./store-image";

/** A file as a form or a request body hands it over (a web File satisfies it). */
export type IncomingFile = { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> };

export { MAX_PIXELS } from "./store-image";

export type UploadedPicture = { id: number; name: string; width: number; height: number; thumbKey: string; thumbUrl: string };

/** What an upload is for: a post ("post", public files) or a private message ("conversation", private files). */
export type UploadKind = "post" | typeof PRIVATE_KIND;

/** A refusal that carries the pictures of the same form already stored, so the form keeps them. */
export class PictureRefusedError extends InvalidInputError {
  constructor(message: string, readonly storedIds: number[]) {
    super(message, { images: message });
  }
}

/**
 * Files of a form field, skipping the empty part a browser sends for "no file
 * chosen" (without JavaScript a File named "", through React's encoding a Blob
 * with no name): an empty file carries no picture either way.
 */
export function filesOf(values: readonly unknown[]): IncomingFile[] {
  return values
    .filter((v): v is IncomingFile => typeof v === "object" && v !== null && "arrayBuffer" in v && typeof (v as IncomingFile).size === "number" && (v as IncomingFile).size > 0)
    .map((v) => (typeof v.name === "string" ? v : { name: "", size: v.size, arrayBuffer: () => v.arrayBuffer() }));
}

/** A name to show and keep: the last path segment, without controls, at most 120 characters. */
export function displayName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "").normalize("NFC").trim();
  return (clean || "ảnh").slice(0, 120);
}

/** Why a file is not a picture the forum takes, naming it (members' uploads and the article form's images). */
export function refusalMessage(reason: ProcessRefusal, name: string): string {
  switch (reason) {
    case "tooManyPixels":
      return UPLOAD_MESSAGES.tooManyPixels(name, Math.round(MAX_PIXELS / 1_000_000));
    default:
      return UPLOAD_MESSAGES[reason](name);
  }
}

/** The member's standing for pictures: may they upload, and how many more today. */
async function assertMayUpload(viewer: Viewer | null, count: number, settings: ForumSettingsValues, now: Date): Promise<void> {
  if (!viewer) throw new ForbiddenError(UPLOAD_MESSAGES.guest);
  if (settings.maxImagesPerPost <= 0) throw new ForbiddenError(UPLOAD_MESSAGES.notAllowed);
  const priorPosts = settings.imageFreePosts > 0 ? await db.post.count({ where: { authorId: viewer.id, status: "visible" } }) : 0;
  if (!canUploadPicture(viewer, { priorPosts }, settings, now)) {
    assertCan(false, settings.imageFreePosts > 0 && priorPosts < settings.imageFreePosts ? UPLOAD_MESSAGES.firstPosts(settings.imageFreePosts) : UPLOAD_MESSAGES.notAllowed);
  }
  if (count > settings.maxImagesPerPost) throw new InvalidInputError(UPLOAD_MESSAGES.tooManyFiles(settings.maxImagesPerPost), { images: UPLOAD_MESSAGES.tooManyFiles(settings.maxImagesPerPost) });
  if (settings.dailyImageQuota > 0 && !isStaff(viewer)) {
    const today = await db.attachment.count({ where: { uploaderId: viewer.id, kind: { in: ["post", PRIVATE_KIND] }, createdAt: { gt: new Date(now.getTime() - 24 * 3600_000) } } });
    if (today + count > settings.dailyImageQuota) throw new RateLimitedError(UPLOAD_MESSAGES.dailyQuota(settings.dailyImageQuota), 3600);
  }
}

/** Processes and stores one file; refuses with the file's name and the reason. */
async function storeOne(viewer: Viewer, file: IncomingFile, settings: ForumSettingsValues, kind: UploadKind): Promise<UploadedPicture> {
  const name = displayName(file.name);
  const maxBytes = settings.maxImageMegabytes * 1024 * 1024;
  if (file.size > maxBytes) throw new InvalidInputError(UPLOAD_MESSAGES.tooLarge(name, settings.maxImageMegabytes));
  const bytes = Buffer.from(await file.arrayBuffer());
  if (bytes.length === 0) throw new InvalidInputError(UPLOAD_MESSAGES.empty(name));
  let stored;
  try {
    stored = await storeImage(db, bytes, { private: kind === PRIVATE_KIND });
  } catch (error) {
    if (error instanceof ImageRefusedError) throw new InvalidInputError(refusalMessage(error.reason, name));
    throw error;
  }
  const { hash, ...record } = stored;
  const row = await db.attachment.create({
    data: { postId: null, kind, uploaderId: viewer.id, filename: `${hash.slice(0, 12)}-${Date.now().toString(36)}-${name}`, storagePath: hash, contentHash: hash, ...record },
    select: { id: true, width: true, height: true },
  });
  const thumbKey = variantKey(hash, "thumb.webp");
  return { id: row.id, name, width: row.width ?? 0, height: row.height ?? 0, thumbKey, thumbUrl: kind === PRIVATE_KIND ? conversationPictureUrl(row.id, "thumb.webp") : pictureUrl(thumbKey) };
}

/**
 * A post form's files, with `alreadyHeld` pictures already stored for it (a
 * refused form sent again). All are stored or the first refusal is thrown,
 * carrying the ids stored so far so the form keeps them.
 */
export async function uploadFormPictures(viewer: Viewer | null, files: IncomingFile[], alreadyHeld: number, now: Date = new Date(), kind: UploadKind = "post"): Promise<number[]> {
  if (files.length === 0) return [];
  const settings = await getSettings();
  await assertMayUpload(viewer, alreadyHeld + files.length, settings, now);
  const ids: number[] = [];
  for (const file of files) {
    try {
      ids.push((await storeOne(viewer!, file, settings, kind)).id);
    } catch (error) {
      if (error instanceof InvalidInputError) throw new PictureRefusedError(error.message, ids);
      throw error;
    }
  }
  return ids;
}

/** One file from the composer (JavaScript): its id and thumbnail for the form. */
export async function uploadOnePicture(viewer: Viewer | null, file: IncomingFile | null, heldInForm: number, now: Date = new Date(), kind: UploadKind = "post"): Promise<UploadedPicture> {
  if (!file) throw new InvalidInputError(UPLOAD_MESSAGES.empty("?"));
  const settings = await getSettings();
  await assertMayUpload(viewer, heldInForm + 1, settings, now);
  return storeOne(viewer!, file, settings, kind);
}
