// Server-sent events for a logged-in member: their unread alert count as it
// changes (lib/live/member-stream.ts), and other per-member events published
// with publishMemberEvent (lib/live/member-bus.ts), on every instance through
// the Redis bus when REDIS_URL is set.
import { memberEventBus } from "@/lib/live/member-bus";
import { openMemberStream } from "@/lib/live/member-stream";
import { countUnread } from "@/lib/forum/notifications";
import { getViewer } from "@/lib/next/session";
import { t } from "@/lib/i18n/text";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return new Response(t("services.logInRequired"), { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
  const stream = openMemberStream({
    // Looked up per stream: the Redis bus is installed at start-up (lib/next/server-background.ts).
    bus: { publish: (u, e) => memberEventBus().publish(u, e), subscribe: (u, l) => memberEventBus().subscribe(u, l) },
    userId: viewer.id,
    countUnread: () => countUnread(viewer),
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
