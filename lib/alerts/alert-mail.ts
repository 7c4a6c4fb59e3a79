// The alert e-mails, plain text + HTML, in the recipient's language
// (User.locale; never chosen: Vietnamese), with links to that language's
// pages, each with its one-click unsubscribe (List-Unsubscribe +
// List-Unsubscribe-Post, RFC 8058) that turns off only the setting the mail
// came from. What members wrote (titles, names, excerpts) is never translated.
import { escapeHtml, excerpt, htmlToText } from "@/lib/text";
import { absoluteUrl } from "@/lib/urls";
import type { Translator } from "@/lib/i18n/text";
import { mailWriter } from "@/lib/mail/mail-locale";
import { unsubscribeToken, type UnsubscribeTopic } from "@/lib/mail/unsubscribe-token";
import type { QueuedMail } from "@/lib/mail/queue";

export type MailRecipient = { id: number; displayName: string; email: string; /** User.locale: null = Vietnamese. */ locale?: string | null };
export type MailPost = { id: number; html: string; authorName: string; threadTitle: string };

type Writer = ReturnType<typeof mailWriter>;

function unsubscribe(w: Writer, userId: number, topic: UnsubscribeTopic) {
  const url = w.link(`/email/unsubscribe?t=${encodeURIComponent(unsubscribeToken(userId, topic))}`);
  // The one-click endpoint is an API address: the same in every language.
  const oneClick = absoluteUrl(`/api/unsubscribe?t=${encodeURIComponent(unsubscribeToken(userId, topic))}`);
  return { url, headers: { "List-Unsubscribe": `<${oneClick}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } };
}

function layout(w: Writer, to: MailRecipient, topic: UnsubscribeTopic, blocks: { text: string[]; html: string[] }) {
  const { t } = w;
  const off = unsubscribe(w, to.id, topic);
  const offLabel = topic === "watched" ? t("mail.unsubscribeWatched") : t("mail.unsubscribeMentions");
  const settings = w.link("/account/notifications");
  const greeting = t("mail.greeting", { name: to.displayName });
  const settingsLabel = t("mail.settings");
  const text = [greeting, "", ...blocks.text, "", "--", `${offLabel}: ${off.url}`, `${settingsLabel}: ${settings}`].join("\n");
  const html = [
    `<!doctype html><html lang="${w.locale}"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a">`,
    `<p>${escapeHtml(greeting)}</p>`,
    ...blocks.html,
    `<hr><p style="font-size:13px;color:#555"><a href="${escapeHtml(off.url)}">${escapeHtml(offLabel)}</a> · <a href="${escapeHtml(settings)}">${escapeHtml(settingsLabel)}</a></p>`,
    `</body></html>`,
  ].join("\n");
  return { text, html, headers: off.headers };
}

const snippet = (html: string) => excerpt(htmlToText(html), 600);

export function replyMail(to: MailRecipient, post: MailPost): QueuedMail {
  const w = mailWriter(to.locale);
  const { t } = w;
  const link = w.link(`/posts/${post.id}`);
  const intro = t("mail.replyIntro", { author: post.authorName, title: post.threadTitle });
  const read = t("mail.read");
  const once = t("mail.replyOnce");
  const body = layout(w, to, "watched", {
    text: [intro, "", snippet(post.html), "", `${read}: ${link}`, "", once],
    html: [
      `<p>${escapeHtml(intro)}</p>`,
      `<blockquote style="border-left:3px solid #ccc;margin:0;padding-left:12px">${escapeHtml(snippet(post.html))}</blockquote>`,
      `<p><a href="${escapeHtml(link)}">${escapeHtml(read)}</a></p>`,
      `<p style="font-size:13px;color:#555">${escapeHtml(once)}</p>`,
    ],
  });
  return { key: `reply:${post.id}:${to.id}`, userId: to.id, to: to.email, subject: t("mail.replySubject", { title: post.threadTitle }), ...body };
}

const mentionIntro = (t: Translator, kind: "mention" | "quote", post: MailPost) =>
  kind === "mention"
    ? t("mail.mentionIntro", { author: post.authorName, title: post.threadTitle })
    : t("mail.quoteIntro", { author: post.authorName, title: post.threadTitle });

export function mentionMail(to: MailRecipient, post: MailPost, kind: "mention" | "quote"): QueuedMail {
  const w = mailWriter(to.locale);
  const { t } = w;
  const link = w.link(`/posts/${post.id}`);
  const intro = mentionIntro(t, kind, post);
  const read = t("mail.read");
  const body = layout(w, to, "mentions", {
    text: [intro, "", snippet(post.html), "", `${read}: ${link}`],
    html: [
      `<p>${escapeHtml(intro)}</p>`,
      `<blockquote style="border-left:3px solid #ccc;margin:0;padding-left:12px">${escapeHtml(snippet(post.html))}</blockquote>`,
      `<p><a href="${escapeHtml(link)}">${escapeHtml(read)}</a></p>`,
    ],
  });
  const subject = kind === "mention" ? t("mail.mentionSubject", { author: post.authorName }) : t("mail.quoteSubject", { author: post.authorName });
  return { key: `${kind}:${post.id}:${to.id}`, userId: to.id, to: to.email, subject, ...body };
}

export function digestMail(to: MailRecipient, period: "daily" | "weekly", posts: MailPost[], stamp: string): QueuedMail {
  const w = mailWriter(to.locale);
  const { t } = w;
  const intro = t("mail.digestIntro", { count: posts.length });
  const read = t("mail.read");
  const text: string[] = [intro, ""];
  const html: string[] = [`<p>${escapeHtml(intro)}</p>`];
  for (const post of posts) {
    const link = w.link(`/posts/${post.id}`);
    text.push(t("mail.digestEntry", { title: post.threadTitle, author: post.authorName }), excerpt(htmlToText(post.html), 200), link, "");
    html.push(
      `<h3 style="margin-bottom:4px">${escapeHtml(post.threadTitle)}</h3>`,
      `<p style="margin-top:0"><strong>${escapeHtml(post.authorName)}</strong>: ${escapeHtml(excerpt(htmlToText(post.html), 200))} <a href="${escapeHtml(link)}">${escapeHtml(read)}</a></p>`,
    );
  }
  const subject = period === "daily" ? t("mail.digestDailySubject") : t("mail.digestWeeklySubject");
  return { key: `digest:${period}:${to.id}:${stamp}`, userId: to.id, to: to.email, subject, ...layout(w, to, "watched", { text, html }) };
}

/**
 * A private message: who wrote and where, never the words — the mail leaves
 * the forum, the conversation stays between its participants. Under the
 * "mentions" setting (quotes, mentions, private messages: what is addressed
 * to the member), with its one-click unsubscribe.
 */
export function conversationMail(to: MailRecipient, message: { conversationId: number; number: number; title: string; authorName: string }): QueuedMail {
  const w = mailWriter(to.locale);
  const { t } = w;
  const link = w.link(`/conversations/${message.conversationId}/m/${message.number}`);
  const intro = t("mail.conversationIntro", { author: message.authorName, title: message.title });
  const open = t("mail.readConversation");
  const once = t("mail.conversationOnce");
  const body = layout(w, to, "mentions", {
    text: [intro, "", `${open}: ${link}`, "", once],
    html: [
      `<p>${escapeHtml(intro)}</p>`,
      `<p><a href="${escapeHtml(link)}">${escapeHtml(open)}</a></p>`,
      `<p style="font-size:13px;color:#555">${escapeHtml(once)}</p>`,
    ],
  });
  return {
    key: `conversation:${message.conversationId}:${message.number}:${to.id}`,
    userId: to.id,
    to: to.email,
    subject: t("mail.conversationSubject", { author: message.authorName, title: message.title }),
    ...body,
  };
}
