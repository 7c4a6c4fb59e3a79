// The composer's live preview (components/writing/live-preview.tsx): the text
// as JSON in, the server's rendering out (lib/forum/live-preview.ts, the same
// renderer as "Xem trước"). A route, not a server action: Next.js runs a
// page's server actions one after another, and a preview in flight when the
// member presses "Gửi trả lời" left the post's redirect waiting (seen in the
// replying journeys). A refusal is a 4xx with the Vietnamese reason.
import { isUserFacingError } from "@/lib/errors";
import { livePreview } from "@/lib/forum/live-preview";
import { getViewer, requestIp } from "@/lib/next/session";
import { HARD_MAX_REPLY_LENGTH } from "@/lib/validation/reply";
import { t } from "@/lib/i18n/text";

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" } });

const STATUS: Record<string, number> = { ForbiddenError: 403, NotFoundError: 404, InvalidInputError: 422, RateLimitedError: 429 };
/** JSON of the longest text a post may have, with room for escapes. */
const MAX_BODY_CHARS = HARD_MAX_REPLY_LENGTH * 2 + 100;

export async function POST(request: Request) {
  // JSON only: a page of another site cannot send it without asking first (CORS preflight).
  if (!(request.headers.get("content-type") ?? "").startsWith("application/json")) return json(415, { message: t("services.apiBadRequest") });
  const text = await request.text();
  if (text.length > MAX_BODY_CHARS) return json(413, { message: t("services.apiPreviewTooLong") });
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return json(400, { message: t("services.apiUnreadable") });
  }
  try {
    const { html } = await livePreview(await getViewer(), input, { ip: await requestIp() });
    return json(200, { html });
  } catch (error) {
    if (isUserFacingError(error)) return json(STATUS[error.name] ?? 400, { message: error.message });
    throw error;
  }
}
