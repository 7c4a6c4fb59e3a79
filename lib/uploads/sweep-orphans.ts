// Uploads never posted (a form abandoned, a picture removed from the composer)
// are deleted after a day, with their files when nothing else uses them. So
// are private-message pictures never sent or whose message is gone (the
// message's deletion sets their conversationMessageId to null).
// Run hourly by the server's background work (lib/next/server-background.ts).
import type { Db } from "@/lib/db-client";
import { PRIVATE_KIND } from "./picture-urls";
import { purgeUnusedFiles } from "./purge-files";

export const ORPHAN_AGE_MS = 24 * 3600_000;

export async function sweepOrphanUploads(db: Db, now: Date = new Date()): Promise<number> {
  const before = new Date(now.getTime() - ORPHAN_AGE_MS);
  const where = {
    postId: null,
    createdAt: { lt: before },
    OR: [{ kind: "post" }, { kind: PRIVATE_KIND, conversationMessageId: null }],
  };
  const orphans = await db.attachment.findMany({ where, select: { id: true, contentHash: true, variants: true, kind: true }, take: 500 });
  if (orphans.length === 0) return 0;
  await db.attachment.deleteMany({ where: { id: { in: orphans.map((o) => o.id) }, postId: null, conversationMessageId: null } });
  await purgeUnusedFiles(db, orphans);
  return orphans.length;
}
