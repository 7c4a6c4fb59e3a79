// The mail queue (lib/mail/queue.ts): sent once per key, retried with
// backoff while SMTP fails, and never sent twice when the worker dies
// between handing a message to SMTP and marking it sent.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { enqueueMail, MAX_ATTEMPTS, processMailQueue, retryDelayMs } from "@/lib/mail/queue";
import type { MailMessage } from "@/lib/mail/send-mail";

const mail = (key: string) => ({ key, to: `${key}@example.vn`, subject: "Chủ đề", text: "Nội dung", html: "<p>Nội dung</p>", headers: { "List-Unsubscribe": "<https://x/u>" } });
const quiet = { log: () => {} };

function recorder() {
  const sent: MailMessage[] = [];
  return { sent, send: async (m: MailMessage) => void sent.push(m) };
}

beforeEach(async () => {
  await db.mailMessage.deleteMany();
});

describe("mail queue", () => {
  it("queues a key once and sends it once, with its headers and a Message-ID from the key", async () => {
    const first = await enqueueMail(mail("a1"), { db });
    const again = await enqueueMail(mail("a1"), { db });
    expect(again).toEqual({ id: first.id, duplicate: true });
    const r = recorder();
    expect(await processMailQueue(db, { send: r.send, ...quiet })).toMatchObject({ sent: 1 });
    expect(await processMailQueue(db, { send: r.send, ...quiet })).toMatchObject({ sent: 0 });
    expect(r.sent).toHaveLength(1);
    expect(r.sent[0].headers).toEqual({ "List-Unsubscribe": "<https://x/u>" });
    expect(r.sent[0].messageId).toMatch(/^<[0-9a-f]{32}@banluan\.mail>$/);
    expect(await db.mailMessage.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ status: "sent", attempts: 1 });
  });

  it("retries with growing delays while SMTP is down, sends once it is back, and gives up after the last attempt", async () => {
    await enqueueMail(mail("b1"), { db });
    let now = new Date(Date.now() + 1_000);
    const down = async () => {
      throw new Error("connect ECONNREFUSED 127.0.0.1:25");
    };
    expect(await processMailQueue(db, { now, send: down, ...quiet })).toMatchObject({ retried: 1 });
    let row = await db.mailMessage.findUniqueOrThrow({ where: { key: "b1" } });
    expect(row).toMatchObject({ status: "pending", attempts: 1, lastError: "connect ECONNREFUSED 127.0.0.1:25" });
    expect(row.nextAttemptAt.getTime() - now.getTime()).toBe(retryDelayMs(1));
    // Not due yet: nothing tried.
    expect(await processMailQueue(db, { now: new Date(now.getTime() + 1_000), send: down, ...quiet })).toMatchObject({ retried: 0 });
    now = new Date(row.nextAttemptAt.getTime());
    await processMailQueue(db, { now, send: down, ...quiet });
    row = await db.mailMessage.findUniqueOrThrow({ where: { key: "b1" } });
    expect(row.nextAttemptAt.getTime() - now.getTime()).toBe(retryDelayMs(2));
    expect(retryDelayMs(2)).toBe(2 * retryDelayMs(1));
    const r = recorder();
    await processMailQueue(db, { now: row.nextAttemptAt, send: r.send, ...quiet });
    expect(r.sent).toHaveLength(1);
    expect(await db.mailMessage.findUniqueOrThrow({ where: { key: "b1" } })).toMatchObject({ status: "sent", attempts: 3, lastError: null });

    await enqueueMail(mail("b2"), { db });
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      const due = await db.mailMessage.findUniqueOrThrow({ where: { key: "b2" } });
      await processMailQueue(db, { now: due.nextAttemptAt, send: down, ...quiet });
    }
    expect(await db.mailMessage.findUniqueOrThrow({ where: { key: "b2" } })).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS });
  });

  it("never sends twice when the worker dies between the send and the mark", async () => {
    await enqueueMail(mail("c1"), { db });
    const now = new Date();
    const delivered: string[] = [];
    // The first worker hands the message to SMTP, then its process is killed:
    // the mark after the send never runs (the promise never settles).
    const dying = processMailQueue(db, {
      now,
      leaseMs: 1_000,
      send: (m) => {
        delivered.push(m.to);
        return new Promise<void>(() => {});
      },
      ...quiet,
    });
    await expect.poll(() => delivered.length).toBe(1);
    void dying;
    expect((await db.mailMessage.findUniqueOrThrow({ where: { key: "c1" } })).status).toBe("sending");
    // Another worker (or the restarted server), during and after the lease.
    const r = recorder();
    await processMailQueue(db, { now: new Date(now.getTime() + 500), send: r.send, ...quiet });
    const logs: string[] = [];
    const after = await processMailQueue(db, { now: new Date(now.getTime() + 5_000), send: r.send, log: (m) => logs.push(m) });
    expect(r.sent).toHaveLength(0);
    expect(after.uncertain).toBe(1);
    expect(logs[0]).toMatch(/không gửi lại/);
    expect((await db.mailMessage.findUniqueOrThrow({ where: { key: "c1" } })).status).toBe("uncertain");
    expect(delivered).toEqual(["c1@example.vn"]);
  });

  it("sends once a message whose worker died after claiming it but before sending", async () => {
    const { id } = await enqueueMail(mail("d1"), { db });
    const now = new Date();
    // A claim that ran out, as a worker killed right after claiming leaves it.
    await db.mailMessage.update({ where: { id }, data: { status: "claimed", claimToken: "dead", claimedUntil: new Date(now.getTime() - 1) } });
    const r = recorder();
    await processMailQueue(db, { now, send: r.send, ...quiet });
    await processMailQueue(db, { now, send: r.send, ...quiet });
    expect(r.sent.map((m) => m.to)).toEqual(["d1@example.vn"]);
  });

  it("lets only one of two concurrent workers send a message", async () => {
    for (const k of ["e1", "e2", "e3"]) await enqueueMail(mail(k), { db });
    const r = recorder();
    await Promise.all([processMailQueue(db, { send: r.send, ...quiet }), processMailQueue(db, { send: r.send, ...quiet })]);
    expect(r.sent.map((m) => m.to).sort()).toEqual(["e1@example.vn", "e2@example.vn", "e3@example.vn"]);
  });
});
