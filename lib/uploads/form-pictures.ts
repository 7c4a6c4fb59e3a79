// A post form that carries files (the form works without JavaScript: the
// files travel with the text). Before the post's own service runs, the files
// are stored as the member's uploads and their ids join those the form
// already held (attachmentIds); the post service then claims them. When
// anything refuses — a file, or the post itself — the ids stored so far go
// back into the form (heldPictures) with the typed text, so nothing is lost
// and nothing needs to be chosen again.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/permissions";
import type { ServiceContext } from "@/lib/service-context";
import { PictureRefusedError, filesOf, uploadFormPictures, type UploadKind } from "./upload-pictures";
import { attachmentIdsOf } from "./post-pictures";
import { PRIVATE_KIND, conversationPictureUrl, pictureUrl, variantKey, parseVariants } from "./picture-urls";

type PostService<R> = (viewer: Viewer | null, input: unknown, ctx: ServiceContext) => Promise<R>;

// A refusal (the service's own typed error, thrown on unchanged) → the ids the form holds.
const heldByError = new WeakMap<object, string>();
const rethrowHolding = (error: unknown, ids: number[]): never => {
  if (typeof error === "object" && error !== null) heldByError.set(error, ids.join(","));
  throw error;
};
/** The uploads a refused form holds ("12,15"), for the action to give back to the form. */
export function heldPictureIds(error: unknown): string {
  return (typeof error === "object" && error !== null && heldByError.get(error)) || "";
}

/** `kind` "conversation": a private message's form (the files stored privately). */
export function withFormPictures<R>(service: PostService<R>, kind: UploadKind = "post"): PostService<R> {
  return async (viewer, input, ctx) => {
    const { images, ...rest } = (input ?? {}) as Record<string, unknown> & { images?: unknown[] };
    let held = attachmentIdsOf(rest);
    try {
      held = [...held, ...(await uploadFormPictures(viewer, filesOf(images ?? []), held.length, new Date(), kind))];
    } catch (error) {
      if (error instanceof PictureRefusedError) held = [...held, ...error.storedIds];
      return rethrowHolding(error, held);
    }
    try {
      return await service(viewer, { ...rest, attachmentIds: held.join(",") }, ctx);
    } catch (error) {
      return rethrowHolding(error, held);
    }
  };
}

/**
 * "Xem trước" of a post form: the files chosen (without JavaScript they travel
 * with the preview's submit) are stored as the post submit stores them, so
 * the previewed form holds them and posting after the preview includes them.
 * The service's result, with the ids the form now holds ("12,15"); a refusal
 * carries them too (heldPictureIds), as a post's does.
 */
export function holdingFormPictures<R>(service: PostService<R>): PostService<{ result: R; held: string }> {
  return async (viewer, input, ctx) => {
    let held = "";
    const result = await withFormPictures<R>((v, withIds, c) => {
      held = String((withIds as { attachmentIds?: unknown }).attachmentIds ?? "");
      return service(v, withIds, c);
    })(viewer, input, ctx);
    return { result, held };
  };
}

/** The uploads a refused form holds, as the composer shows them (name-free: the thumbnail and size). */
export async function heldPicturesData(viewer: Viewer | null, ids: string): Promise<string> {
  if (!viewer || !ids) return "[]";
  const list = ids.split(",").map(Number).filter(Number.isInteger);
  const rows = await db.attachment.findMany({ where: { id: { in: list }, uploaderId: viewer.id, postId: null, conversationMessageId: null }, select: { id: true, kind: true, variants: true, width: true, height: true, filename: true, alt: true } });
  return JSON.stringify(
    rows.map((r) => {
      const v = parseVariants(r.variants);
      return { id: r.id, name: r.filename.replace(/^[a-f0-9]{12}-[a-z0-9]+-/, ""), width: r.width, height: r.height, thumb: !v ? "" : r.kind === PRIVATE_KIND ? conversationPictureUrl(r.id, "thumb.webp") : pictureUrl(variantKey(v.hash, "thumb.webp")) };
    }),
  );
}
