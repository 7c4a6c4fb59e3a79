// The member's chosen language, read once a request (the account menu's
// language section and the redirect to it both ask). The viewer's own comes
// with the session check's read of their row (lib/next/session.ts): one
// statement fewer on every member page.
import { cache } from "react";
import { readMemberLocale } from "@/lib/accounts/member-locale";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { getSessionState } from "./session";

export const memberLocale = cache(async (memberId: number): Promise<Locale | null> => {
  const { viewer, locale } = await getSessionState();
  if (viewer?.id === memberId) return isLocale(locale) ? locale : null;
  return readMemberLocale(memberId);
});
