// Server-sent events for readers with a thread open: how many visible replies
// arrived after the one they were shown last, and the live reply count. The
// stream is fed by the thread's hub (lib/live/thread-hub.ts): one read per
// change for all the thread's readers in this process, not one per reader.
import { db } from "@/lib/db";
import { liveThreads } from "@/lib/live/live-threads";
import { openThreadStream } from "@/lib/live/thread-stream";
import { canViewThread } from "@/lib/permissions";
import { getViewer } from "@/lib/next/session";
import { t } from "@/lib/i18n/text";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const threadId = Number((await params).id);
  const after = Number(new URL(request.url).searchParams.get("after") ?? "0");
  if (!Number.isSafeInteger(threadId) || threadId <= 0 || !Number.isSafeInteger(after) || after < 0) {
    return new Response(t("services.apiBadRequest"), { status: 400 });
  }

  // Who may watch this thread: the one check before streaming. Counts of a
  // thread held back or hidden are as private as the thread: the same answer
  // as for one that does not exist.
  const thread = await db.thread.findUnique({ where: { id: threadId }, select: { status: true, authorId: true } });
  if (!thread || !canViewThread(await getViewer(), thread)) return new Response(t("services.apiThreadNotFound"), { status: 404 });

  const stream = openThreadStream(liveThreads(), threadId, {
    after,
    lastEventId: request.headers.get("last-event-id"),
    signal: request.signal,
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
