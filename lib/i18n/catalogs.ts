// The message catalogs, one file a namespace and a language
// (messages/<locale>/<namespace>.json): Vietnamese complete, English for the
// areas converted so far (docs/i18n.md). A key is always written whole where
// it is used — t("thread.replyCount") — so tests/unit/i18n/catalogs.test.ts
// can find every key used and every key defined. A new namespace: add its
// two files here.
import viAccount from "@/messages/vi/account.json";
import viAlerts from "@/messages/vi/alerts.json";
import viAuth from "@/messages/vi/auth.json";
import viCli from "@/messages/vi/cli.json";
import viCommon from "@/messages/vi/common.json";
import viComposer from "@/messages/vi/composer.json";
import viConversations from "@/messages/vi/conversations.json";
import viErrors from "@/messages/vi/errors.json";
import viFeeds from "@/messages/vi/feeds.json";
import viLists from "@/messages/vi/lists.json";
import viMail from "@/messages/vi/mail.json";
import viMembers from "@/messages/vi/members.json";
import viMod from "@/messages/vi/mod.json";
import viNav from "@/messages/vi/nav.json";
import viNotifications from "@/messages/vi/notifications.json";
import viPosts from "@/messages/vi/posts.json";
import viSearch from "@/messages/vi/search.json";
import viServices from "@/messages/vi/services.json";
import viThread from "@/messages/vi/thread.json";
import viValidation from "@/messages/vi/validation.json";
import enAccount from "@/messages/en/account.json";
import enAlerts from "@/messages/en/alerts.json";
import enAuth from "@/messages/en/auth.json";
import enCli from "@/messages/en/cli.json";
import enCommon from "@/messages/en/common.json";
import enComposer from "@/messages/en/composer.json";
import enConversations from "@/messages/en/conversations.json";
import enErrors from "@/messages/en/errors.json";
import enFeeds from "@/messages/en/feeds.json";
import enLists from "@/messages/en/lists.json";
import enMail from "@/messages/en/mail.json";
import enMembers from "@/messages/en/members.json";
import enMod from "@/messages/en/mod.json";
import enNav from "@/messages/en/nav.json";
import enNotifications from "@/messages/en/notifications.json";
import enPosts from "@/messages/en/posts.json";
import enSearch from "@/messages/en/search.json";
import enServices from "@/messages/en/services.json";
import enThread from "@/messages/en/thread.json";
import enValidation from "@/messages/en/validation.json";
import type { Locale } from "./locales";

export const CATALOGS = {
  vi: { account: viAccount, alerts: viAlerts, auth: viAuth, cli: viCli, common: viCommon, composer: viComposer, conversations: viConversations, errors: viErrors, feeds: viFeeds, lists: viLists, mail: viMail, members: viMembers, mod: viMod, nav: viNav, notifications: viNotifications, posts: viPosts, search: viSearch, services: viServices, thread: viThread, validation: viValidation },
  en: { account: enAccount, alerts: enAlerts, auth: enAuth, cli: enCli, common: enCommon, composer: enComposer, conversations: enConversations, errors: enErrors, feeds: enFeeds, lists: enLists, mail: enMail, members: enMembers, mod: enMod, nav: enNav, notifications: enNotifications, posts: enPosts, search: enSearch, services: enServices, thread: enThread, validation: enValidation },
} satisfies Record<Locale, Record<string, Record<string, string>>>;

export type Messages = (typeof CATALOGS)["vi"];
