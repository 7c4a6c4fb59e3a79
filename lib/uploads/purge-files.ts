// Deleting stored files once nothing uses them. Files are named by content
// hash and shared by every upload of the same bytes (and an article's image),
// so a folder goes only when no remaining, unremoved attachment names it.
import type { Db } from "@/lib/db-client";
import { parseVariants, storedKey } from "./picture-urls";
import { pictureStorage } from "./storage";

/** `kind` "conversation": a private message's picture, its files under "private/" (picture-urls.ts). */
export type StoredRef = { contentHash: string | null; variants: string | null; kind?: string | null };

export async function purgeUnusedFiles(db: Pick<Db, "attachment">, refs: readonly StoredRef[]): Promise<number> {
  let purged = 0;
  const seen = new Set<string>();
  for (const ref of refs) {
    const v = parseVariants(ref.variants);
    if (!ref.contentHash || !v || seen.has(ref.contentHash)) continue;
    seen.add(ref.contentHash);
    const stillUsed = await db.attachment.count({ where: { contentHash: ref.contentHash, removedAt: null, variants: { not: null } } });
    if (stillUsed > 0) continue;
    await pictureStorage().delete(v.files.map((f) => storedKey(ref.kind, v.hash, f.name)));
    purged++;
  }
  return purged;
}
