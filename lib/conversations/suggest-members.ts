// Suggestions for the "Người nhận" field (with JavaScript): members whose
// username starts with what was typed. Only public facts (username, display
// name), only for members who may start conversations, a handful at a time.
import "server-only";
import { db } from "@/lib/db";
import { canParticipate, type Viewer } from "@/lib/permissions";
import { memberSuggestSchema } from "@/lib/validation/conversation";

export async function suggestMembers(viewer: Viewer | null, input: unknown): Promise<{ username: string; displayName: string }[]> {
  const parsed = memberSuggestSchema.safeParse(input);
  if (!parsed.success || !canParticipate(viewer) || parsed.data.q.length < 2) return [];
  return db.user.findMany({
    where: { usernameKey: { startsWith: parsed.data.q }, deletedAt: null, heldAt: null, emailVerifiedAt: { not: null }, id: { not: viewer.id } },
    orderBy: { usernameKey: "asc" },
    take: 8,
    select: { username: true, displayName: true },
  });
}
