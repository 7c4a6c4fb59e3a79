// A message's permalink, /conversations/<id>/m/<number>: to its page and
// place, for a participant. Anyone else gets the same 404 as for a message
// that does not exist.
import { messagePlace } from "@/lib/conversations/read-conversation";
import { getViewer } from "@/lib/next/session";
import { t } from "@/lib/i18n/text";
import { inRequestLocale, loginPath } from "@/lib/next/login-path";

export const dynamic = "force-dynamic";

const PRIVATE = { "cache-control": "private, no-store", "x-robots-tag": "noindex" };

export async function GET(request: Request, { params }: { params: Promise<{ id: string; number: string }> }) {
  const { id, number } = await params;
  const conversationId = Number(id);
  const n = Number(number);
  const viewer = await getViewer();
  if (!viewer) return Response.redirect(new URL(loginPath(`/conversations/${id}/m/${number}`), request.url), 303);
  const place = Number.isSafeInteger(conversationId) && Number.isSafeInteger(n) ? await messagePlace(viewer, conversationId, n) : null;
  if (!place) return new Response(t("conversations.messageNotFound"), { status: 404, headers: { ...PRIVATE, "content-type": "text/plain; charset=utf-8" } });
  return new Response(null, { status: 303, headers: { ...PRIVATE, location: inRequestLocale(place) } });
}
