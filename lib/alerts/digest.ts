// Daily and weekly digests of watched threads (AlertSettings.watchedEmail
// "daily" | "weekly"): the newest replies since the member's last digest in
// the threads they watch, that they may read, by members they do not ignore.
// Run by the background loop (hourly, and on demand in tests); a member with
// nothing new gets no mail, only their clock moved on.
import type { Db } from "@/lib/db-client";
import { canReadPost } from "@/lib/permissions";
import { ignoredIdsOf } from "@/lib/members/ignore";
import { enqueueMail } from "@/lib/mail/queue";
import { loadRecipients } from "./recipients";
import { digestMail } from "./alert-mail";

const PERIOD_MS = { daily: 24 * 3_600_000, weekly: 7 * 24 * 3_600_000 } as const;
const MAX_POSTS = 20;

export async function sendDueDigests(db: Db, now: Date = new Date()): Promise<number> {
  let sent = 0;
  for (const period of ["daily", "weekly"] as const) {
    const due = await db.alertSettings.findMany({
      where: { watchedEmail: period, OR: [{ lastDigestAt: null }, { lastDigestAt: { lte: new Date(now.getTime() - PERIOD_MS[period]) } }] },
      select: { userId: true, lastDigestAt: true },
      take: 1000,
    });
    const recipients = await loadRecipients(db, due.map((d) => d.userId), now);
    for (const row of due) {
      const since = row.lastDigestAt ?? new Date(now.getTime() - PERIOD_MS[period]);
      const r = recipients.get(row.userId);
      if (r?.mailable) {
        const ignored = await ignoredIdsOf(db, row.userId);
        const posts = await db.post.findMany({
          where: {
            status: "visible",
            number: { gt: 1 },
            createdAt: { gt: since, lte: now },
            authorId: { notIn: [row.userId, ...ignored] },
            thread: { status: "visible", watches: { some: { userId: row.userId } } },
          },
          orderBy: { createdAt: "desc" },
          take: MAX_POSTS,
          select: { id: true, html: true, status: true, authorId: true, author: { select: { displayName: true } }, thread: { select: { title: true, status: true, authorId: true } } },
        });
        const readable = posts.filter((p) => canReadPost(r.viewer, p));
        if (readable.length > 0) {
          const mail = digestMail(
            { id: row.userId, displayName: r.viewer.displayName, email: r.email!, locale: r.locale },
            period,
            readable.map((p) => ({ id: p.id, html: p.html, authorName: p.author.displayName, threadTitle: p.thread.title })),
            now.toISOString().slice(0, 13),
          );
          if (!(await enqueueMail(mail, { db })).duplicate) sent += 1;
        }
      }
      await db.alertSettings.update({ where: { userId: row.userId }, data: { lastDigestAt: now } });
    }
  }
  return sent;
}
