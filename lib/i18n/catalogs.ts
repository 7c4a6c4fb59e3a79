// The message catalogs, one file a namespace and a language
// (messages/<locale>/<namespace>.json): Vietnamese complete, English for the
// areas converted so far (docs/i18n.md). A key is always written whole where
// it is used — t("thread.replyCount") — so tests/unit/i18n/catalogs.test.ts
// can find every key used and every key defined. A new namespace: add its
// two files here.
import viAccount from "@/messages/vi/account.json";
import viCommon from "@/messages/vi/common.json";
import viErrors from "@/messages/vi/errors.json";
import viNav from "@/messages/vi/nav.json";
import viThread from "@/messages/vi/thread.json";
import enAccount from "@/messages/en/account.json";
import enCommon from "@/messages/en/common.json";
import enErrors from "@/messages/en/errors.json";
import enNav from "@/messages/en/nav.json";
import enThread from "@/messages/en/thread.json";
import type { Locale } from "./locales";

export const CATALOGS = {
  vi: { account: viAccount, common: viCommon, errors: viErrors, nav: viNav, thread: viThread },
  en: { account: enAccount, common: enCommon, errors: enErrors, nav: enNav, thread: enThread },
} satisfies Record<Locale, Record<string, Record<string, string>>>;

export type Messages = (typeof CATALOGS)["vi"];
