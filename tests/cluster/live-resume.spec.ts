// Live updates across instances: a reader on B gets a reply posted through A
// over SSE, and a reader that reconnects to the other instance with its
// Last-Event-ID gets what it missed at once, and nothing it already had.
import http from "node:http";
import { expect, test } from "@playwright/test";
import { establishedMember, logIn, startThread } from "./helpers";
import { cluster } from "./helpers";

type Stream = { events: { id: string; data: { lastNumber: number; replyCount: number; newReplies: number } }[]; close: () => void };

/** Opens the thread's event stream on `origin`, collecting its stats events. */
function openStream(origin: string, threadId: number, after: number, lastEventId?: string): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const events: Stream["events"] = [];
    const req = http.get(`${origin}/api/threads/${threadId}/events?after=${after}`, { headers: lastEventId ? { "last-event-id": lastEventId } : {} }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`HTTP ${res.statusCode}`));
      let buffer = "";
      res.on("data", (chunk: Buffer) => {
        buffer += chunk.toString();
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const id = /^id: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (id && data && /^event: stats$/m.test(block)) events.push({ id, data: JSON.parse(data) });
        }
      });
      resolve({ events, close: () => req.destroy() });
    });
    req.on("error", (error) => (req.destroyed ? undefined : reject(error)));
  });
}

const until = async (check: () => boolean, ms = 10_000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("not within 10 s");
    await new Promise((r) => setTimeout(r, 25));
  }
};

test("a reply through A reaches a stream on B; a reader resuming on A with its Last-Event-ID gets only what it missed", async ({ page, browser }) => {
  const { INSTANCE_URLS: [a, b] } = cluster();
  const m = await establishedMember();
  await logIn(page, a, m);
  const path = await startThread(page, a, `Cập nhật trực tiếp giữa hai tiến trình ${Date.now()}`);
  const threadId = Number(/\.(\d+)$/.exec(path)![1]);

  const onB = await openStream(b, threadId, 1);
  await until(() => onB.events.length >= 1);
  const before = onB.events.at(-1)!;
  expect(before.data.lastNumber).toBe(1);

  // Two members, one reply each (the reply pace limit holds for each member).
  const other = await (await browser.newContext()).newPage();
  await logIn(other, a, await establishedMember());
  const post = async (as: typeof page, text: string) => {
    await as.goto(`${a}${path}`);
    const composer = as.locator("#reply-composer");
    await composer.getByLabel("Nội dung trả lời").fill(text);
    await composer.getByRole("button", { name: "Gửi trả lời" }).click();
    await expect(as.getByTestId("reply-list")).toContainText(text);
  };
  const sent = Date.now();
  await post(page, `Trả lời thứ nhất qua A ${Date.now()}`);
  await until(() => onB.events.some((e) => e.data.lastNumber === 2));
  console.log(`SSE trên B nhận phản hồi từ A sau ${Date.now() - sent} ms (tính cả thời gian gửi biểu mẫu)`);
  const seenId = onB.events.at(-1)!.id;
  // The reader goes away, a reply is posted meanwhile, it comes back on the other instance.
  onB.close();
  await post(other, `Trả lời thứ hai khi người đọc vắng ${Date.now()}`);

  const resumed = await openStream(a, threadId, 1, seenId);
  await until(() => resumed.events.length >= 1);
  expect(resumed.events[0].data).toMatchObject({ lastNumber: 3, replyCount: 2 });
  resumed.close();

  // Already up to date: nothing is sent again.
  const upToDate = await openStream(b, threadId, 1, resumed.events[0].id);
  await new Promise((r) => setTimeout(r, 1_500));
  expect(upToDate.events).toEqual([]);
  upToDate.close();
  await other.context().close();
});
