// POST /account/language: the member's language, from the form in account
// settings (components/i18n/language-section.tsx). A route rather than a
// server action: the answer is a page in another language, and after a
// server action the App Router would keep the layouts it has (header,
// footer, <html lang>) in the old language; a 303 here is a full page load,
// with or without JavaScript. Cross-site posts are refused by the request
// gate (lib/http-gate/gate.ts) before they get here.
import { setMemberLocale } from "@/lib/accounts/member-locale";
import { InvalidInputError } from "@/lib/errors";
import { localeHref } from "@/lib/i18n/locales";
import { getViewer } from "@/lib/next/session";
import { loginPath } from "@/lib/next/login-path";
import { ForbiddenError } from "@/lib/permissions";

export const dynamic = "force-dynamic";

const seeOther = (location: string) => new Response(null, { status: 303, headers: { location } });
const plain = (status: number, text: string) => new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

async function chosenLocale(request: Request): Promise<string> {
  try {
    const value = (await request.formData()).get("locale");
    return typeof value === "string" ? value.slice(0, 20) : "";
  } catch {
    return "";
  }
}

export async function POST(request: Request) {
  const locale = await chosenLocale(request);
  const viewer = await getViewer();
  // A session that ended meanwhile: log in, then back to the settings.
  if (!viewer) return seeOther(loginPath("/account"));
  try {
    const saved = await setMemberLocale(viewer, { locale });
    return seeOther(localeHref(saved.locale, "/account?notice=language"));
  } catch (error) {
    if (error instanceof InvalidInputError) return plain(400, error.message);
    if (error instanceof ForbiddenError) return plain(403, error.message);
    throw error;
  }
}
