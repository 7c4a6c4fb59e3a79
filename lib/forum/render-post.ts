// Turns a member's Markdown into the HTML stored with the post, resolving
// @mentions against existing members in one query.
import "server-only";
import { db } from "@/lib/db";
import { extractMentions, renderMarkdown } from "@/lib/markdown/render";
import type { PictureView } from "@/lib/uploads/picture-html";

/** `pictures`: the post's uploads (lib/uploads/post-pictures.ts), placed where the text says or as a gallery. */
export async function renderPostSource(source: string, pictures: readonly PictureView[] = []): Promise<string> {
  const names = extractMentions(source);
  const members = names.length
    ? await db.user.findMany({ where: { usernameKey: { in: names } }, select: { username: true, usernameKey: true } })
    : [];
  return renderMarkdown(source, { knownUsernames: new Map(members.map((m) => [m.usernameKey, m.username])), pictures });
}
