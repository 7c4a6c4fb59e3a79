// Processes picture bytes and stores the files under their content hash — or
// reuses what the same bytes produced before. Shared by members' uploads
// (upload-pictures.ts) and the article import's images (lib/article-import).
// Takes the database as a parameter: the command-line import has its own client.
import type { Db } from "@/lib/db-client";
import { contentHash } from "./keys";
import { privateVariantKey, variantKey, type Variants } from "./picture-urls";
import { processImage } from "./process-image";
import { inPool } from "./processing-pool";
import { pictureStorage } from "./storage";

/** The decompression-bomb guard: no picture above this many pixels is decoded (a 12 MP photo is well under). */
export const MAX_PIXELS = 50_000_000;

export type StoredImage = { hash: string; variants: string; width: number; height: number; mimeType: string; byteSize: number };

/**
 * Throws ImageRefusedError (process-image.ts) for what is not a picture the forum takes.
 * `private` (a private message's picture): named by a hash of its own
 * (the bytes with a prefix), so it never shares files with a public picture,
 * and stored under "private/" (never served by the public /uploads route).
 */
export async function storeImage(db: Pick<Db, "attachment">, bytes: Buffer, options: { private?: boolean } = {}): Promise<StoredImage> {
  const hash = options.private ? contentHash(Buffer.concat([Buffer.from("private\0"), bytes])) : contentHash(bytes);
  const keyOf = options.private ? privateVariantKey : variantKey;
  const storage = pictureStorage();
  // The same bytes stored before (by anyone): their processed files are reused.
  const twin = await db.attachment.findFirst({ where: { contentHash: hash, variants: { not: null } }, select: { variants: true, width: true, height: true, mimeType: true, byteSize: true } });
  if (twin?.variants && twin.width && twin.height && (await storage.has(keyOf(hash, "full.webp")))) {
    return { hash, variants: twin.variants, width: twin.width, height: twin.height, mimeType: twin.mimeType ?? "image/webp", byteSize: twin.byteSize ?? 0 };
  }
  const processed = await inPool(() => processImage(bytes, { maxPixels: MAX_PIXELS }));
  for (const f of processed.files) await storage.put(keyOf(hash, f.name), f.bytes, "image/webp");
  const variants: Variants = { hash, files: processed.files.map(({ name, width, height }) => ({ name, width, height })) };
  return {
    hash,
    variants: JSON.stringify(variants),
    width: processed.width,
    height: processed.height,
    mimeType: "image/webp",
    byteSize: processed.files.find((f) => f.name === "full.webp")!.bytes.length,
  };
}
