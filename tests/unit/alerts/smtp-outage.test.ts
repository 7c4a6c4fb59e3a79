// The mail queue under an SMTP outage, against a real SMTP server on
// loopback (smtp-server, as the journeys' sink): the sink is stopped, a
// member replies in a thread five members watch, the queue retries with
// backoff (1, 2, 4 … minutes) while the sink is down, the sink comes back on
// the same port, and every mail is received exactly once. Prints the figures
// (docs/alerts.md quotes them).
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { db } from "@/lib/db";
import { createReply } from "@/lib/forum/create-reply";
import { processAlertJobs } from "@/lib/alerts/jobs";
import { setThreadWatch } from "@/lib/alerts/watch";
import { processMailQueue, retryDelayMs } from "@/lib/mail/queue";
import { makeMember, makeThread, token } from "../forum/fixtures";

process.env.AUTH_SECRET ??= "alerts-unit-test-secret-0123456789";

const received: { messageId: string; to: string[] }[] = [];
let sink: SMTPServer | null = null;
let port = 0;

function startSink(onPort: number): Promise<number> {
  sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (c: Buffer) => (raw += c.toString("utf8")));
      stream.on("end", () => {
        received.push({ messageId: /^Message-ID:\s*(.+)$/im.exec(raw)?.[1].trim() ?? "", to: session.envelope.rcptTo.map((r) => r.address) });
        callback();
      });
    },
  });
  return new Promise((resolve, reject) => {
    sink!.once("error", reject);
    sink!.listen(onPort, "127.0.0.1", () => resolve((sink!.server.address() as AddressInfo).port));
  });
}
const stopSink = () => new Promise<void>((resolve) => (sink ? sink.close(() => resolve()) : resolve()));

beforeAll(async () => {
  port = await startSink(0);
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  await db.setting.upsert({ where: { key: "replyIntervalSeconds" }, create: { key: "replyIntervalSeconds", value: "0" }, update: { value: "0" } });
});
afterAll(async () => {
  await stopSink();
  delete process.env.SMTP_URL;
});

describe("the mail queue under an SMTP outage", () => {
  it("retries with backoff while SMTP is down, then sends every mail exactly once", async () => {
    const thread = await makeThread();
    const author = await makeMember();
    const watchers = await Promise.all(Array.from({ length: 5 }, () => makeMember()));
    for (const w of watchers) await setThreadWatch(w, { threadId: thread.id, watch: "1" });

    await stopSink(); // the outage begins
    await createReply(author, { threadId: thread.id, source: "Phản hồi khi máy chủ thư ngừng", clientToken: token() });
    while ((await processAlertJobs(db)) > 0) {
      /* the fan-out queues the five mails */
    }
    const ids = (await db.mailMessage.findMany({ where: { userId: { in: watchers.map((w) => w.id) } }, select: { id: true } })).map((m) => m.id);
    expect(ids).toHaveLength(5);

    const t0 = Date.now();
    const log: string[] = [];
    const pass = async (minutes: number) => {
      const result = await processMailQueue(db, { now: new Date(t0 + minutes * 60_000), log: () => {} });
      const rows = await db.mailMessage.findMany({ where: { id: { in: ids } } });
      const next = rows[0].nextAttemptAt.getTime();
      log.push(
        `t+${String(minutes).padStart(3)} min: gửi ${result.sent}, thử lại ${result.retried}, bỏ ${result.failed}` +
          ` | lần thử ${rows[0].attempts}, trạng thái ${rows[0].status}, lần sau t+${((next - t0) / 60_000).toFixed(0)} min`,
      );
      return result;
    };
    expect((await pass(0)).retried).toBe(5); // refused: back to pending, in 1 min
    expect((await pass(0.5)).retried).toBe(0); // not due yet
    expect((await pass(1)).retried).toBe(5); // in 2 min
    expect((await pass(3)).retried).toBe(5); // in 4 min
    const rows = await db.mailMessage.findMany({ where: { id: { in: ids } } });
    for (const r of rows) {
      expect(r).toMatchObject({ status: "pending", attempts: 3 });
      expect(r.lastError).toMatch(/ECONNREFUSED|connect/i);
    }
    expect(received).toHaveLength(0);

    await startSink(port); // the sink is back, same address
    expect((await pass(5)).sent).toBe(0); // the next try is at t+7
    expect((await pass(7)).sent).toBe(5);
    expect((await pass(60)).sent).toBe(0); // nothing sent twice
    expect(received).toHaveLength(5);
    expect(new Set(received.map((r) => r.messageId)).size).toBe(5);
    expect(received.flatMap((r) => r.to).sort()).toEqual(
      (await db.user.findMany({ where: { id: { in: watchers.map((w) => w.id) } }, select: { email: true } })).map((u) => u.email!).sort(),
    );
    expect(await db.mailMessage.count({ where: { id: { in: ids }, status: "sent" } })).toBe(5);
    console.log(["Hàng đợi thư khi SMTP ngừng (5 thư, máy chủ thư tắt đến t+5 min):", ...log, `trễ giữa các lần thử: ${[1, 2, 3, 4, 5, 6, 7, 8].map((a) => retryDelayMs(a) / 60_000).join(", ")} min`, `nhận: ${received.length} thư, ${new Set(received.map((r) => r.messageId)).size} Message-ID khác nhau`].join("\n"));
  });
});
