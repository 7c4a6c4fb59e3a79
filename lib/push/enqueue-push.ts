// After the fan-out wrote alerts (lib/alerts/write-alert.ts, always in the
// background loop): one "push" job per browser of the members who turned push
// on. The job names the subscription and the alert only; what is sent is read
// when it runs (send-push.ts), so an alert read meanwhile sends nothing.
// Members without push cost one indexed query per 500 recipients.
import type { Db } from "@/lib/db-client";

type Written = { userId: number; groupKey?: string | null };

export async function enqueuePushes(db: Db, alerts: readonly Written[]): Promise<number> {
  const userIds = [...new Set(alerts.filter((a) => a.groupKey).map((a) => a.userId))];
  let queued = 0;
  for (let i = 0; i < userIds.length; i += 500) {
    const chunk = userIds.slice(i, i + 500);
    const subs = await db.pushSubscription.findMany({
      where: { userId: { in: chunk }, user: { alertSettings: { push: true } } },
      select: { id: true, userId: true },
    });
    if (subs.length === 0) continue;
    const members = [...new Set(subs.map((s) => s.userId))];
    const keys = [...new Set(alerts.filter((a) => a.groupKey && members.includes(a.userId)).map((a) => a.groupKey!))];
    const written = await db.notification.findMany({
      where: { userId: { in: members }, groupKey: { in: keys }, readAt: null },
      orderBy: { id: "asc" },
      select: { id: true, userId: true, groupKey: true },
    });
    const wanted = new Set(alerts.map((a) => `${a.userId}|${a.groupKey}`));
    const newest = new Map<number, number>();
    for (const n of written) if (wanted.has(`${n.userId}|${n.groupKey}`)) newest.set(n.userId, n.id);
    const jobs = subs
      .filter((s) => newest.has(s.userId))
      .map((s) => ({ kind: "push", payload: JSON.stringify({ subscriptionId: s.id, notificationId: newest.get(s.userId)! }) }));
    if (jobs.length) await db.alertJob.createMany({ data: jobs });
    queued += jobs.length;
  }
  return queued;
}
