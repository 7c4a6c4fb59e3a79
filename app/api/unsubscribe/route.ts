// One-click unsubscribe (RFC 8058). Mail programs POST
// "List-Unsubscribe=One-Click" to the List-Unsubscribe address of an alert
// mail (…/api/unsubscribe?t=<signed token>); the page /email/unsubscribe posts
// its button here too. The token names one member and one setting, and only
// that setting changes. A GET (a person clicking the header's address) is
// sent to the page, which asks first: opening a link never unsubscribes.
import { unsubscribeWithToken } from "@/lib/alerts/preferences";
import { t } from "@/lib/i18n/text";

export const dynamic = "force-dynamic";

const plain = (status: number, text: string) => new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

async function readForm(request: Request): Promise<URLSearchParams> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.includes("application/x-www-form-urlencoded") && !type.includes("multipart/form-data")) return new URLSearchParams();
  try {
    const form = await request.formData();
    const out = new URLSearchParams();
    for (const [k, v] of form) if (typeof v === "string") out.set(k, v.slice(0, 300));
    return out;
  } catch {
    return new URLSearchParams();
  }
}

export async function POST(request: Request) {
  const url = new URL(request.url);
  const form = await readForm(request);
  const token = form.get("t") ?? url.searchParams.get("t") ?? "";
  const done = await unsubscribeWithToken(token);
  if (form.get("from") === "page") {
    const back = `/email/unsubscribe?t=${encodeURIComponent(token)}${done ? "&done=1" : ""}`;
    return new Response(null, { status: 303, headers: { location: back } });
  }
  if (!done) return plain(400, t("services.apiUnsubscribeInvalid"));
  return plain(200, t("services.apiUnsubscribed"));
}

export function GET(request: Request) {
  const token = new URL(request.url).searchParams.get("t") ?? "";
  return new Response(null, { status: 303, headers: { location: `/email/unsubscribe?t=${encodeURIComponent(token)}` } });
}
