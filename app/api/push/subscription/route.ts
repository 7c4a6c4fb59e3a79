// The push control of /account/notifications (components/alerts/push-control.tsx)
// stores this browser's subscription (POST) or removes it (DELETE), as JSON.
// Same-origin only: the request gate refuses cross-site writes. Bad input is
// a 4xx with the Vietnamese reason and changes nothing.
import { getViewer } from "@/lib/next/session";
import { isUserFacingError } from "@/lib/errors";
import { subscribePush, unsubscribePush } from "@/lib/push/subscriptions";
import { t } from "@/lib/i18n/text";

export const dynamic = "force-dynamic";

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" } });

const STATUS: Record<string, number> = { ForbiddenError: 403, NotFoundError: 404, InvalidInputError: 422, RateLimitedError: 429 };

async function handle(request: Request, service: typeof subscribePush | typeof unsubscribePush): Promise<Response> {
  if (!(request.headers.get("content-type") ?? "").includes("application/json")) return json(415, { message: t("services.apiSendJson") });
  let body: unknown;
  try {
    body = JSON.parse((await request.text()).slice(0, 4000));
  } catch {
    return json(400, { message: t("services.apiUnreadable") });
  }
  try {
    return json(200, await service(await getViewer(), body));
  } catch (error) {
    if (isUserFacingError(error)) return json(STATUS[error.name] ?? 400, { message: error.message });
    throw error;
  }
}

export const POST = (request: Request) => handle(request, subscribePush);
export const DELETE = (request: Request) => handle(request, unsubscribePush);
