"use server";
// The member's language (account settings): saved, then the account page in
// that language.
import { redirect } from "next/navigation";
import { setMemberLocale } from "@/lib/accounts/member-locale";
import { localeHref } from "@/lib/i18n/locales";
import { fields, plainAction } from "@/lib/next/action";

export const chooseLanguage = plainAction({
  input: (form) => fields(form, ["locale"]),
  loginFirst: "/account",
  service: setMemberLocale,
  // Not the generic answer path, which keeps the language of the page the form was on.
  answer: ({ locale }) => redirect(localeHref(locale, "/account?notice=language")),
});
