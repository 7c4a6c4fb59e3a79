// Server-sent events for readers with a thread open: how many visible replies
// arrived after the one they were shown last, and the live reply count.
// Pushed at once for replies written by this process; every few seconds the
// stream also re-reads the database so other instances' replies arrive too.
import { db } from "@/lib/db";
import { subscribeToThread } from "@/lib/forum/thread-events";
import { canViewThread } from "@/lib/permissions";
import { getViewer } from "@/lib/session";

export const dynamic = "force-dynamic";

const POLL_MS = 5_000;
const HEARTBEAT_MS = 20_000;

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const threadId = Number((await params).id);
  const after = Number(new URL(request.url).searchParams.get("after") ?? "0");
  if (!Number.isSafeInteger(threadId) || threadId <= 0 || !Number.isSafeInteger(after) || after < 0) {
    return new Response("Yêu cầu không hợp lệ.", { status: 400 });
  }
  // Counts of a thread held back or hidden are as private as the thread: the
  // same answer as for one that does not exist.
  const thread = await db.thread.findUnique({ where: { id: threadId }, select: { status: true, authorId: true } });
  if (!thread || !canViewThread(await getViewer(), thread)) return new Response("Không tìm thấy chủ đề.", { status: 404 });

  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let last = "";
      let closed = false;
      const send = (chunk: string) => {
        if (!closed) controller.enqueue(encoder.encode(chunk));
      };
      const check = async () => {
        if (closed) return;
        const [thread, fresh] = await Promise.all([
          db.thread.findUnique({ where: { id: threadId }, select: { replyCount: true, lastNumber: true } }),
          db.post.count({ where: { threadId, number: { gt: after }, status: "visible" } }),
        ]);
        if (!thread) return;
        const payload = JSON.stringify({ replyCount: thread.replyCount, lastNumber: thread.lastNumber, newReplies: fresh });
        if (payload !== last) {
          last = payload;
          send(`event: stats\ndata: ${payload}\n\n`);
        }
      };
      const safeCheck = () => void check().catch((error) => console.error("thread events:", error));
      const unsubscribe = subscribeToThread(threadId, safeCheck);
      const poll = setInterval(safeCheck, POLL_MS);
      const heartbeat = setInterval(() => send(": ping\n\n"), HEARTBEAT_MS);
      cleanup = () => {
        if (closed) return;
        closed = true;
        unsubscribe();
        clearInterval(poll);
        clearInterval(heartbeat);
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      request.signal.addEventListener("abort", cleanup);
      send("retry: 5000\n\n");
      safeCheck();
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
}
