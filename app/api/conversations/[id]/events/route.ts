// Server-sent events for a participant with a conversation open: the newest
// message number, when it changes. Participation is checked before the
// stream opens and again at every event (someone who left, or was never in
// it, hears nothing); a slow safety-net read covers events missed between
// instances. Never cached.
import { conversationBus } from "@/lib/live/conversation-bus";
import { loadConversation } from "@/lib/conversations/access";
import { canReadConversation } from "@/lib/permissions";
import { getViewer } from "@/lib/next/session";
import { t } from "@/lib/i18n/text";

export const dynamic = "force-dynamic";

const SAFETY_NET_MS = 15_000;
const PING_MS = 25_000;

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const conversationId = Number((await params).id);
  const after = Number(new URL(request.url).searchParams.get("after") ?? "0");
  if (!Number.isSafeInteger(conversationId) || conversationId <= 0 || !Number.isSafeInteger(after) || after < 0) {
    return new Response(t("services.apiBadRequest"), { status: 400, headers: { "cache-control": "private, no-store" } });
  }
  const viewer = await getViewer();
  const loaded = await loadConversation(viewer, conversationId);
  if (!loaded || !canReadConversation(viewer, loaded.access)) {
    return new Response(t("services.apiConversationNotFound"), { status: 404, headers: { "cache-control": "private, no-store" } });
  }

  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      let sent = after;
      let locked = loaded.conversation.locked;
      const write = (chunk: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(chunk));
        } catch {
          stop();
        }
      };
      // Re-read before telling anything: still a participant, and what changed.
      const check = async (hint?: { lastNumber: number }) => {
        const now = await loadConversation(viewer, conversationId).catch(() => null);
        if (!now || !canReadConversation(viewer, now.access)) return stop();
        const changed = now.conversation.locked !== locked || hint?.lastNumber === 0;
        locked = now.conversation.locked;
        if (now.conversation.lastNumber > sent || changed) {
          sent = Math.max(sent, now.conversation.lastNumber);
          write(`event: message-count\ndata: ${JSON.stringify({ lastNumber: now.conversation.lastNumber, changed })}\n\n`);
        }
      };
      const off = conversationBus().subscribe(conversationId, (event) => void check(event));
      const net = setInterval(() => void check(), SAFETY_NET_MS);
      const ping = setInterval(() => write(": ping\n\n"), PING_MS);
      const stop = () => {
        if (closed) return;
        closed = true;
        off();
        clearInterval(net);
        clearInterval(ping);
        request.signal.removeEventListener("abort", stop);
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      cleanup = stop;
      write("retry: 5000\n\n");
      if (request.signal.aborted) stop();
      else request.signal.addEventListener("abort", stop);
      void check();
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "private, no-store, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
}
