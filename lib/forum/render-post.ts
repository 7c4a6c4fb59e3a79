// Turns a member's Markdown into the HTML stored with the post, resolving
// @mentions against existing members in one query.
import "server-only";
import { db } from "@/lib/db";
import { extractMentions, renderMarkdown } from "@/lib/markdown/render";

export async function renderPostSource(source: string): Promise<string> {
  const names = extractMentions(source);
  const members = names.length
    ? await db.user.findMany({ where: { usernameKey: { in: names } }, select: { username: true, usernameKey: true } })
    : [];
  return renderMarkdown(source, { knownUsernames: new Map(members.map((m) => [m.usernameKey, m.username])) });
}
