// For `npm run bench -- --watchers N`: N verified members watching the given
// threads, so the posting scenario (e) runs with the alert fan-out of issue 19
// (one background job per reply; N alerts and e-mails to write) against the
// same scenario on threads nobody watches.
import { createPrismaClient } from "@/lib/db-client";

export async function addWatchers(url: string, count: number, threadIds: number[]): Promise<void> {
  const db = createPrismaClient(url);
  try {
    const longAgo = new Date(Date.now() - 30 * 86_400_000);
    const names = Array.from({ length: count }, (_, i) => `theo_doi_${String(i + 1).padStart(5, "0")}`);
    for (let i = 0; i < names.length; i += 500) {
      await db.user.createMany({
        data: names.slice(i, i + 500).map((username, j) => ({
          username,
          usernameKey: username,
          displayName: `Người theo dõi ${i + j + 1}`,
          displayNameKey: `nguoi theo doi ${i + j + 1}`,
          email: `${username}@bench.invalid`,
          emailVerifiedAt: longAgo,
          createdAt: longAgo,
        })),
      });
    }
    const ids = (await db.user.findMany({ where: { usernameKey: { in: names } }, select: { id: true } })).map((u) => u.id);
    for (const threadId of threadIds) {
      for (let i = 0; i < ids.length; i += 500) {
        await db.threadWatch.createMany({ data: ids.slice(i, i + 500).map((userId) => ({ userId, threadId })) });
      }
    }
  } finally {
    await db.$disconnect();
  }
}
