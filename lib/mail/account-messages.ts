// The account emails, in Vietnamese, as plain text and simple HTML. Links are
// absolute (the one public origin, lib/public-origin.ts) because they are
// opened from a mail client.
import { escapeHtml } from "@/lib/text";
import { absoluteUrl } from "@/lib/urls";
import type { MailMessage } from "./send-mail";

function message(to: string, subject: string, intro: string, action: string, link: string, outro: string): MailMessage {
  const text = `${intro}\n\n${action}:\n${link}\n\n${outro}\n\n— Bàn Luận`;
  const html = `<p>${escapeHtml(intro)}</p>
<p><a href="${escapeHtml(link)}">${escapeHtml(action)}</a></p>
<p style="color:#555">Nếu nút không bấm được, hãy mở liên kết này: ${escapeHtml(link)}</p>
<p>${escapeHtml(outro)}</p>
<p>— Bàn Luận</p>`;
  return { to, subject, text, html };
}

export function verifyEmailMessage(to: string, displayName: string, token: string): MailMessage {
  return message(
    to,
    "Xác minh email của bạn tại Bàn Luận",
    `Chào ${displayName}, cảm ơn bạn đã tham gia Bàn Luận. Hãy xác minh địa chỉ email này để có thể đăng bài.`,
    "Xác minh email",
    absoluteUrl(`/verify?token=${encodeURIComponent(token)}`),
    "Liên kết có hiệu lực trong 24 giờ và chỉ dùng được một lần. Nếu bạn không đăng ký, hãy bỏ qua thư này.",
  );
}

export function changeEmailMessage(to: string, displayName: string, token: string): MailMessage {
  return message(
    to,
    "Xác nhận địa chỉ email mới tại Bàn Luận",
    `Chào ${displayName}, bạn vừa yêu cầu đổi email tài khoản Bàn Luận sang địa chỉ này.`,
    "Xác nhận email mới",
    absoluteUrl(`/verify?token=${encodeURIComponent(token)}`),
    "Liên kết có hiệu lực trong 24 giờ và chỉ dùng được một lần. Email cũ vẫn được dùng cho đến khi bạn xác nhận. Nếu không phải bạn yêu cầu, hãy bỏ qua thư này.",
  );
}

export function resetPasswordMessage(to: string, displayName: string, token: string): MailMessage {
  return message(
    to,
    "Đặt lại mật khẩu Bàn Luận",
    `Chào ${displayName}, có người (hy vọng là bạn) vừa yêu cầu đặt lại mật khẩu cho tài khoản Bàn Luận gắn với email này.`,
    "Đặt mật khẩu mới",
    absoluteUrl(`/reset-password?token=${encodeURIComponent(token)}`),
    "Liên kết có hiệu lực trong 1 giờ và chỉ dùng được một lần. Đặt mật khẩu mới sẽ đăng xuất tài khoản khỏi mọi thiết bị. Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu của bạn không đổi.",
  );
}

/** Someone registered with (or switched to) an address that already has an account: its owner is told, the form says nothing. */
export function registrationAttemptMessage(to: string, displayName: string): MailMessage {
  return message(
    to,
    "Có người vừa dùng email của bạn tại Bàn Luận",
    `Chào ${displayName}, vừa có người dùng địa chỉ email này cho một tài khoản khác tại Bàn Luận (đăng ký mới hoặc đổi email). Email này đã thuộc tài khoản của bạn, nên không có gì thay đổi.`,
    "Đăng nhập (hoặc chọn “Quên mật khẩu?” nếu bạn không nhớ mật khẩu)",
    absoluteUrl("/login"),
    "Nếu không phải bạn, hãy bỏ qua thư này: tài khoản của bạn không thay đổi.",
  );
}
