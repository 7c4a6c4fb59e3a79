// The mail queue (model MailMessage): features enqueue, the server's
// background loop sends (lib/next/server-background.ts), so no request waits
// for SMTP. Works the same on SQLite and PostgreSQL: plain rows and
// conditional updates, no engine-specific locking.
//
// Each message goes pending → claimed → sending → sent:
// - claimed: a worker took it (claimToken, claimedUntil). Two instances never
//   both take one: the claim is a conditional update that only one wins.
// - sending: written just before SMTP gets the message. If the worker dies
//   now (between handing it over and marking it sent), nobody can know whether
//   it left, so a message found "sending" after its lease is marked
//   uncertain and NEVER sent again: a member may miss one alert mail, but is
//   never sent two. A worker that died while merely "claimed" had not started
//   sending: its message goes back to pending and is sent once.
// - SMTP refuses or is unreachable (the error is certain): back to pending,
//   retried with exponential backoff (1, 2, 4 … minutes, at most an hour),
//   given up as failed after MAX_ATTEMPTS.
// The Message-ID derives from the idempotency key, so the same mail enqueued
// twice is one row, and a receiving server sees one identity for it.
import crypto from "node:crypto";
import type { Db } from "@/lib/db-client";
import { contextDb } from "@/lib/service-context";
import { sendMail, type MailMessage } from "./send-mail";

export type QueuedMail = {
  /** Idempotency key: enqueueing the same key again is a no-op (e.g. `reply:<postId>:<userId>`). */
  key: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The member it is for, if any (whether they may be mailed is the caller's check, when enqueueing). */
  userId?: number | null;
  headers?: Record<string, string>;
};

export const MAX_ATTEMPTS = 8;
const LEASE_MS = 2 * 60_000;

export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
}

function kick() {
  (globalThis as unknown as { __banluanKickBackground?: () => void }).__banluanKickBackground?.();
}

/** Puts a message in the queue (once per key). Returns its row id and whether the key was already queued. */
export async function enqueueMail(mail: QueuedMail, ctx: { db?: Db } = {}): Promise<{ id: number; duplicate: boolean }> {
  const db = await contextDb(ctx);
  const existing = await db.mailMessage.findUnique({ where: { key: mail.key }, select: { id: true } });
  if (existing) return { id: existing.id, duplicate: true };
  try {
    const row = await db.mailMessage.create({
      data: {
        key: mail.key, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html,
        userId: mail.userId ?? null, headers: mail.headers ? JSON.stringify(mail.headers) : null,
      },
      select: { id: true },
    });
    kick();
    return { id: row.id, duplicate: false };
  } catch (error) {
    if ((error as { code?: string }).code !== "P2002") throw error;
    const row = await db.mailMessage.findUniqueOrThrow({ where: { key: mail.key }, select: { id: true } });
    return { id: row.id, duplicate: true };
  }
}

/**
 * Many messages at once (the alert fan-out: one mail per watcher of a thread):
 * one read of the keys already queued and one multi-row insert per 200, instead
 * of two statements a message — on SQLite every statement takes the one
 * writer, and 10 000 of them for a 5 000-watcher thread kept posting waiting.
 * A key queued meanwhile by another worker (a unique violation) falls back to
 * the one-by-one path for that chunk. Returns how many rows were written.
 */
export async function enqueueMails(mails: readonly QueuedMail[], ctx: { db?: Db } = {}): Promise<number> {
  const db = await contextDb(ctx);
  let written = 0;
  for (let i = 0; i < mails.length; i += 200) {
    const chunk = mails.slice(i, i + 200);
    const existing = new Set((await db.mailMessage.findMany({ where: { key: { in: chunk.map((m) => m.key) } }, select: { key: true } })).map((r) => r.key));
    const fresh = [...new Map(chunk.filter((m) => !existing.has(m.key)).map((m) => [m.key, m])).values()];
    if (fresh.length === 0) continue;
    try {
      const { count } = await db.mailMessage.createMany({
        data: fresh.map((mail) => ({
          key: mail.key, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html,
          userId: mail.userId ?? null, headers: mail.headers ? JSON.stringify(mail.headers) : null,
        })),
      });
      written += count;
    } catch (error) {
      if ((error as { code?: string }).code !== "P2002") throw error;
      for (const mail of fresh) if (!(await enqueueMail(mail, { db })).duplicate) written += 1;
    }
  }
  if (written > 0) kick();
  return written;
}

export type MailRunOptions = {
  now?: Date;
  send?: (message: MailMessage) => Promise<void>;
  limit?: number;
  leaseMs?: number;
  log?: (message: string) => void;
};

export type MailRunResult = { sent: number; retried: number; failed: number; uncertain: number };

/** One pass of the queue: recover expired claims, claim due messages, send them. */
export async function processMailQueue(db: Db, options: MailRunOptions = {}): Promise<MailRunResult> {
  const now = options.now ?? new Date();
  const send = options.send ?? sendMail;
  const leaseMs = options.leaseMs ?? LEASE_MS;
  const log = options.log ?? ((m: string) => console.warn(m));
  const result: MailRunResult = { sent: 0, retried: 0, failed: 0, uncertain: 0 };

  // A worker died holding these. "claimed": SMTP never saw them, send again.
  await db.mailMessage.updateMany({ where: { status: "claimed", claimedUntil: { lt: now } }, data: { status: "pending", claimToken: null, claimedUntil: null } });
  // "sending": they may have left. Never twice: set aside.
  const lost = await db.mailMessage.updateMany({ where: { status: "sending", claimedUntil: { lt: now } }, data: { status: "uncertain", claimToken: null } });
  if (lost.count > 0) {
    result.uncertain = lost.count;
    log(`[mail] ${lost.count} thư có thể đã gửi trước khi tiến trình dừng: không gửi lại (trạng thái uncertain).`);
  }

  const due = await db.mailMessage.findMany({
    where: { status: "pending", nextAttemptAt: { lte: now } },
    orderBy: { id: "asc" },
    take: options.limit ?? 20,
    select: { id: true },
  });
  for (const { id } of due) {
    const token = crypto.randomBytes(12).toString("base64url");
    const until = new Date(now.getTime() + leaseMs);
    const claimed = await db.mailMessage.updateMany({ where: { id, status: "pending" }, data: { status: "claimed", claimToken: token, claimedUntil: until } });
    if (claimed.count !== 1) continue; // another worker won it
    const message = await db.mailMessage.findUniqueOrThrow({ where: { id } });
    const starting = await db.mailMessage.updateMany({ where: { id, claimToken: token, status: "claimed" }, data: { status: "sending", attempts: { increment: 1 } } });
    if (starting.count !== 1) continue;
    const attempts = message.attempts + 1;
    try {
      await send({
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        headers: message.headers ? (JSON.parse(message.headers) as Record<string, string>) : undefined,
        messageId: `<${crypto.createHash("sha256").update(message.key).digest("hex").slice(0, 32)}@banluan.mail>`,
      });
    } catch (error) {
      const reason = String((error as Error)?.message ?? error).slice(0, 500);
      const giveUp = attempts >= MAX_ATTEMPTS;
      await db.mailMessage.updateMany({
        where: { id, claimToken: token },
        data: giveUp
          ? { status: "failed", lastError: reason, claimToken: null, claimedUntil: null }
          : { status: "pending", lastError: reason, claimToken: null, claimedUntil: null, nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) },
      });
      if (giveUp) result.failed += 1;
      else result.retried += 1;
      continue;
    }
    await db.mailMessage.updateMany({ where: { id, claimToken: token }, data: { status: "sent", sentAt: new Date(), claimToken: null, claimedUntil: null, lastError: null } });
    result.sent += 1;
  }
  return result;
}
