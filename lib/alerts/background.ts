// The alert and mail work of the server's background loop
// (lib/next/server-background.ts starts it): alert fan-out jobs and the
// mail queue every second or so (at once when a request queued something:
// the kick), digests and the sweep of done jobs hourly. One pass at a time;
// an error is logged and the loop goes on.
import type { Db } from "@/lib/db-client";
import { processAlertJobs, sweepAlertJobs } from "./jobs";
import { sendDueDigests } from "./digest";
import { processMailQueue } from "@/lib/mail/queue";
import { paced } from "@/lib/server/request-pressure";

export function startAlertLoop(db: Db, options: { intervalMs?: number; isUnreachable?: (error: unknown) => boolean } = {}): () => void {
  const interval = options.intervalMs ?? 1_000;
  let running = false;
  let again = false;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastHourly = 0;

  // Mail on its own track: an SMTP server that hangs delays mail, never alerts.
  let mailing = false;
  let mailAgain = false;
  const mailPass = async (): Promise<void> => {
    if (mailing) {
      mailAgain = true;
      return;
    }
    mailing = true;
    try {
      do {
        mailAgain = false;
        const done = await paced(() => processMailQueue(db));
        if (done.sent + done.retried + done.failed === 20) {
          mailAgain = true; // a full batch: more may wait — after the requests queued meanwhile
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
      } while (mailAgain);
    } catch (error) {
      if (!options.isUnreachable?.(error)) console.error("[mail] hàng đợi thư lỗi:", error);
    } finally {
      mailing = false;
    }
  };

  const pass = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    if (timer) clearTimeout(timer);
    try {
      // Jobs until none is due (a burst of replies), then the mail they queued.
      while ((await paced(() => processAlertJobs(db))) > 0) {
        /* next batch */
      }
      void mailPass();
      if (Date.now() - lastHourly > 3_600_000) {
        lastHourly = Date.now();
        if ((await sendDueDigests(db)) > 0) void mailPass();
        await sweepAlertJobs(db);
      }
    } catch (error) {
      if (!options.isUnreachable?.(error)) console.error("[alerts] vòng xử lý nền lỗi:", error);
    } finally {
      running = false;
      if (!stopped) timer = setTimeout(() => void pass(), again ? 0 : interval);
      timer?.unref?.();
      again = false;
    }
  };
  (globalThis as unknown as { __banluanKickBackground?: () => void }).__banluanKickBackground = () => void pass();
  timer = setTimeout(() => void pass(), 2_000);
  timer.unref?.();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}
