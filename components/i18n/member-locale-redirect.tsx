// Sends a member who chose a language (account settings, User.locale) to
// the same page in that language. Members' pages only (MemberChrome): the
// guests' cached pages read no session.
//
// One exception: a member who has just used the footer's language switch
// (they come from this very page in their language) reads this page in the
// other one; the next page they open brings them back to theirs.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { memberLocale } from "@/lib/next/member-locale";
import { localeHref } from "@/lib/i18n/locales";
import { currentLocale, currentRequestUrl } from "@/lib/i18n/request-locale";
import { getViewer } from "@/lib/next/session";

export async function MemberLocaleRedirect() {
  const viewer = await getViewer();
  if (!viewer) return null;
  const preferred = await memberLocale(viewer.id);
  const url = currentRequestUrl();
  if (preferred === null || preferred === currentLocale() || url === null) return null;
  const target = localeHref(preferred, url);
  const referer = (await headers()).get("referer");
  if (referer !== null && URL.canParse(referer) && new URL(referer).pathname === new URL(target, "http://x").pathname) return null;
  redirect(target);
}
