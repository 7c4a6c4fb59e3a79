// The alert e-mails, in Vietnamese, plain text + HTML, each with its
// one-click unsubscribe (List-Unsubscribe + List-Unsubscribe-Post, RFC 8058)
// that turns off only the setting the mail came from.
import { escapeHtml, excerpt, htmlToText } from "@/lib/text";
import { absoluteUrl } from "@/lib/urls";
import { unsubscribeToken, type UnsubscribeTopic } from "@/lib/mail/unsubscribe-token";
import type { QueuedMail } from "@/lib/mail/queue";

const MAIL_TEXT = {
  replySubject: (title: string) => `Phản hồi mới trong «${title}»`,
  replyIntro: (author: string, title: string) => `${author} đã trả lời trong chủ đề «${title}» mà bạn đang theo dõi.`,
  replyOnce: "Bạn sẽ không nhận thêm thư về chủ đề này cho đến khi đọc lại nó.",
  mentionSubject: (author: string) => `${author} đã nhắc đến bạn`,
  quoteSubject: (author: string) => `${author} đã trích dẫn bài viết của bạn`,
  mentionIntro: (author: string, title: string) => `${author} đã nhắc đến bạn trong «${title}».`,
  quoteIntro: (author: string, title: string) => `${author} đã trích dẫn bài viết của bạn trong «${title}».`,
  digestSubject: (period: "daily" | "weekly") => (period === "daily" ? "Tóm tắt hằng ngày các chủ đề bạn theo dõi" : "Tóm tắt hằng tuần các chủ đề bạn theo dõi"),
  digestIntro: (count: number) => `${count} phản hồi mới trong các chủ đề bạn theo dõi:`,
  read: "Đọc bài viết",
  unsubscribeWatched: "Không nhận thư về chủ đề theo dõi nữa",
  unsubscribeMentions: "Không nhận thư khi được nhắc đến nữa",
  settings: "Cài đặt thông báo",
  greeting: (name: string) => `Chào ${name},`,
  conversationSubject: (author: string, title: string) => `${author} gửi bạn tin nhắn riêng: «${title}»`,
  conversationIntro: (author: string, title: string) => `${author} đã viết trong hội thoại «${title}».`,
  conversationOnce: "Bạn sẽ không nhận thêm thư về hội thoại này cho đến khi mở nó.",
  readConversation: "Mở hội thoại",
} as const;

export type MailRecipient = { id: number; displayName: string; email: string };
export type MailPost = { id: number; html: string; authorName: string; threadTitle: string };

function unsubscribe(userId: number, topic: UnsubscribeTopic) {
  const url = absoluteUrl(`/email/unsubscribe?t=${encodeURIComponent(unsubscribeToken(userId, topic))}`);
  const oneClick = absoluteUrl(`/api/unsubscribe?t=${encodeURIComponent(unsubscribeToken(userId, topic))}`);
  return { url, headers: { "List-Unsubscribe": `<${oneClick}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } };
}

function layout(to: MailRecipient, topic: UnsubscribeTopic, blocks: { text: string[]; html: string[] }) {
  const off = unsubscribe(to.id, topic);
  const offLabel = topic === "watched" ? MAIL_TEXT.unsubscribeWatched : MAIL_TEXT.unsubscribeMentions;
  const settings = absoluteUrl("/account/notifications");
  const text = [MAIL_TEXT.greeting(to.displayName), "", ...blocks.text, "", "--", `${offLabel}: ${off.url}`, `${MAIL_TEXT.settings}: ${settings}`].join("\n");
  const html = [
    `<!doctype html><html lang="vi"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a">`,
    `<p>${escapeHtml(MAIL_TEXT.greeting(to.displayName))}</p>`,
    ...blocks.html,
    `<hr><p style="font-size:13px;color:#555"><a href="${escapeHtml(off.url)}">${escapeHtml(offLabel)}</a> · <a href="${escapeHtml(settings)}">${escapeHtml(MAIL_TEXT.settings)}</a></p>`,
    `</body></html>`,
  ].join("\n");
  return { text, html, headers: off.headers };
}

const snippet = (html: string) => excerpt(htmlToText(html), 600);

export function replyMail(to: MailRecipient, post: MailPost): QueuedMail {
  const link = absoluteUrl(`/posts/${post.id}`);
  const body = layout(to, "watched", {
    text: [MAIL_TEXT.replyIntro(post.authorName, post.threadTitle), "", snippet(post.html), "", `${MAIL_TEXT.read}: ${link}`, "", MAIL_TEXT.replyOnce],
    html: [
      `<p>${escapeHtml(MAIL_TEXT.replyIntro(post.authorName, post.threadTitle))}</p>`,
      `<blockquote style="border-left:3px solid #ccc;margin:0;padding-left:12px">${escapeHtml(snippet(post.html))}</blockquote>`,
      `<p><a href="${escapeHtml(link)}">${escapeHtml(MAIL_TEXT.read)}</a></p>`,
      `<p style="font-size:13px;color:#555">${escapeHtml(MAIL_TEXT.replyOnce)}</p>`,
    ],
  });
  return { key: `reply:${post.id}:${to.id}`, userId: to.id, to: to.email, subject: MAIL_TEXT.replySubject(post.threadTitle), ...body };
}

export function mentionMail(to: MailRecipient, post: MailPost, kind: "mention" | "quote"): QueuedMail {
  const link = absoluteUrl(`/posts/${post.id}`);
  const intro = kind === "mention" ? MAIL_TEXT.mentionIntro(post.authorName, post.threadTitle) : MAIL_TEXT.quoteIntro(post.authorName, post.threadTitle);
  const body = layout(to, "mentions", {
    text: [intro, "", snippet(post.html), "", `${MAIL_TEXT.read}: ${link}`],
    html: [
      `<p>${escapeHtml(intro)}</p>`,
      `<blockquote style="border-left:3px solid #ccc;margin:0;padding-left:12px">${escapeHtml(snippet(post.html))}</blockquote>`,
      `<p><a href="${escapeHtml(link)}">${escapeHtml(MAIL_TEXT.read)}</a></p>`,
    ],
  });
  const subject = kind === "mention" ? MAIL_TEXT.mentionSubject(post.authorName) : MAIL_TEXT.quoteSubject(post.authorName);
  return { key: `${kind}:${post.id}:${to.id}`, userId: to.id, to: to.email, subject, ...body };
}

export function digestMail(to: MailRecipient, period: "daily" | "weekly", posts: MailPost[], stamp: string): QueuedMail {
  const text: string[] = [MAIL_TEXT.digestIntro(posts.length), ""];
  const html: string[] = [`<p>${escapeHtml(MAIL_TEXT.digestIntro(posts.length))}</p>`];
  for (const post of posts) {
    const link = absoluteUrl(`/posts/${post.id}`);
    text.push(`«${post.threadTitle}» — ${post.authorName}:`, excerpt(htmlToText(post.html), 200), link, "");
    html.push(
      `<h3 style="margin-bottom:4px">${escapeHtml(post.threadTitle)}</h3>`,
      `<p style="margin-top:0"><strong>${escapeHtml(post.authorName)}</strong>: ${escapeHtml(excerpt(htmlToText(post.html), 200))} <a href="${escapeHtml(link)}">${escapeHtml(MAIL_TEXT.read)}</a></p>`,
    );
  }
  return { key: `digest:${period}:${to.id}:${stamp}`, userId: to.id, to: to.email, subject: MAIL_TEXT.digestSubject(period), ...layout(to, "watched", { text, html }) };
}

/**
 * A private message: who wrote and where, never the words — the mail leaves
 * the forum, the conversation stays between its participants. Under the
 * "mentions" setting (quotes, mentions, private messages: what is addressed
 * to the member), with its one-click unsubscribe.
 */
export function conversationMail(to: MailRecipient, message: { conversationId: number; number: number; title: string; authorName: string }): QueuedMail {
  const link = absoluteUrl(`/conversations/${message.conversationId}/m/${message.number}`);
  const intro = MAIL_TEXT.conversationIntro(message.authorName, message.title);
  const body = layout(to, "mentions", {
    text: [intro, "", `${MAIL_TEXT.readConversation}: ${link}`, "", MAIL_TEXT.conversationOnce],
    html: [
      `<p>${escapeHtml(intro)}</p>`,
      `<p><a href="${escapeHtml(link)}">${escapeHtml(MAIL_TEXT.readConversation)}</a></p>`,
      `<p style="font-size:13px;color:#555">${escapeHtml(MAIL_TEXT.conversationOnce)}</p>`,
    ],
  });
  return {
    key: `conversation:${message.conversationId}:${message.number}:${to.id}`,
    userId: to.id,
    to: to.email,
    subject: MAIL_TEXT.conversationSubject(message.authorName, message.title),
    ...body,
  };
}
