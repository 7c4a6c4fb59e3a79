// The account emails, as plain text and simple HTML, in the member's language
// (lib/mail/mail-locale.ts) and under the forum's configured name. Links are
// absolute (the one public origin, lib/public-origin.ts) because they are
// opened from a mail client, and lead to the pages of the mail's language.
import { escapeHtml } from "@/lib/text";
import { currentLocale } from "@/lib/i18n/request-locale";
import type { Translator } from "@/lib/i18n/text";
import { DEFAULT_FORUM_NAME, mailWriter, type MailLocale } from "./mail-locale";
import type { MailMessage } from "./send-mail";

type Parts = { subject: string; intro: string; action: string; path: string; outro: string };

/** Outside a request with no member's choice: Vietnamese and the default name (tests, scripts). */
const fallback = (): MailLocale => ({ locale: currentLocale(), forumName: DEFAULT_FORUM_NAME });

function message(to: string, mail: MailLocale, parts: (t: Translator, forum: string) => Parts): MailMessage {
  const { t, link: absolute } = mailWriter(mail.locale);
  const forum = mail.forumName;
  const { subject, intro, action, path, outro } = parts(t, forum);
  const link = absolute(path);
  const signature = t("mail.signature", { forum });
  const text = `${intro}\n\n${action}:\n${link}\n\n${outro}\n\n${signature}`;
  const html = `<p>${escapeHtml(intro)}</p>
<p><a href="${escapeHtml(link)}">${escapeHtml(action)}</a></p>
<p style="color:#555">${escapeHtml(t("mail.linkFallback"))} ${escapeHtml(link)}</p>
<p>${escapeHtml(outro)}</p>
<p>${escapeHtml(signature)}</p>`;
  return { to, subject, text, html };
}

export function verifyEmailMessage(to: string, displayName: string, token: string, mail: MailLocale = fallback()): MailMessage {
  return message(to, mail, (t, forum) => ({
    subject: t("mail.verifySubject", { forum }),
    intro: t("mail.verifyIntro", { name: displayName, forum }),
    action: t("mail.verifyAction"),
    path: `/verify?token=${encodeURIComponent(token)}`,
    outro: t("mail.verifyOutro"),
  }));
}

export function changeEmailMessage(to: string, displayName: string, token: string, mail: MailLocale = fallback()): MailMessage {
  return message(to, mail, (t, forum) => ({
    subject: t("mail.changeSubject", { forum }),
    intro: t("mail.changeIntro", { name: displayName, forum }),
    action: t("mail.changeAction"),
    path: `/verify?token=${encodeURIComponent(token)}`,
    outro: t("mail.changeOutro"),
  }));
}

export function resetPasswordMessage(to: string, displayName: string, token: string, mail: MailLocale = fallback()): MailMessage {
  return message(to, mail, (t, forum) => ({
    subject: t("mail.resetSubject", { forum }),
    intro: t("mail.resetIntro", { name: displayName, forum }),
    action: t("mail.resetAction"),
    path: `/reset-password?token=${encodeURIComponent(token)}`,
    outro: t("mail.resetOutro"),
  }));
}

/**
 * Someone registered with (or switched to) an address that already has an
 * account: its owner is told, the form says nothing. No name (no account
 * found): the greeting's word for "you".
 */
export function registrationAttemptMessage(to: string, displayName: string | null, mail: MailLocale = fallback()): MailMessage {
  return message(to, mail, (t, forum) => ({
    subject: t("mail.attemptSubject", { forum }),
    intro: t("mail.attemptIntro", { name: displayName ?? t("mail.attemptNoName"), forum }),
    action: t("mail.attemptAction"),
    path: "/login",
    outro: t("mail.attemptOutro"),
  }));
}
