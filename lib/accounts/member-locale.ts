// A member's language (User.locale, issue 17): chosen in account settings;
// while set, the member is sent to that language's pages
// (components/i18n/member-locale-redirect.tsx). Alerts and e-mails do not
// follow it yet (docs/i18n.md).
import { z } from "zod";
import { db } from "@/lib/db";
import { isLocale, LOCALES, type Locale } from "@/lib/i18n/locales";
import { assertCan, canChooseLanguage, type Viewer } from "@/lib/permissions";
import { contextDb, type ServiceContext } from "@/lib/service-context";
import { parseInput } from "@/lib/validation/parse-input";
import { t } from "@/lib/i18n/text";

const TEXT = {
  choose: () => t("services.accountsChooseLanguage"),
  logIn: () => t("services.accountsChooseLanguageLogIn"),
};

const chooseLanguageSchema = z.object({ locale: z.enum(LOCALES, { error: TEXT.choose }) });

export async function setMemberLocale(viewer: Viewer | null, input: unknown, ctx: ServiceContext = {}): Promise<{ locale: Locale }> {
  const { locale } = parseInput(chooseLanguageSchema, input, TEXT.choose());
  assertCan(canChooseLanguage(viewer), TEXT.logIn());
  await (await contextDb(ctx)).user.update({ where: { id: viewer!.id }, data: { locale } });
  return { locale };
}

/** The member's chosen language, or null when they never chose one (lib/next/member-locale.ts reads it once a request). */
export async function readMemberLocale(memberId: number): Promise<Locale | null> {
  const row = await db.user.findUnique({ where: { id: memberId }, select: { locale: true } });
  return isLocale(row?.locale) ? row.locale : null;
}
