// /email/unsubscribe?t=…: where an alert mail's "Không nhận thư…" link goes.
// Opening it changes nothing (mail scanners follow links): the button posts
// to /api/unsubscribe, the same address mail programs use for RFC 8058
// one-click unsubscribe. No login needed: the signed token is the authority.
import type { Metadata } from "next";
import Link from "next/link";
import { readUnsubscribeToken } from "@/lib/mail/unsubscribe-token";

export const metadata: Metadata = { title: "Hủy nhận thư", robots: { index: false } };

const TEXT = {
  title: "Hủy nhận thư",
  watched: "thư về các chủ đề bạn theo dõi",
  mentions: "thư khi có người trích dẫn hoặc nhắc đến bạn",
  ask: (what: string) => `Bạn không muốn nhận ${what} nữa? Chỉ cài đặt này thay đổi; thông báo trên diễn đàn vẫn giữ nguyên.`,
  button: "Hủy nhận thư",
  done: (what: string) => `Xong: bạn sẽ không nhận ${what} nữa.`,
  bad: "Liên kết hủy đăng ký không hợp lệ hoặc đã bị sửa. Bạn có thể đổi cài đặt thư trong trang Cài đặt thông báo sau khi đăng nhập.",
  settings: "Cài đặt thông báo",
} as const;

export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const token = typeof params.t === "string" ? params.t : "";
  const claim = readUnsubscribeToken(token);
  const what = claim ? TEXT[claim.topic] : "";
  return (
    <main className="content content--narrow">
      <h1 className="page-title">{TEXT.title}</h1>
      {!claim ? (
        <p className="notice notice--error" role="alert">
          {TEXT.bad}
        </p>
      ) : params.done === "1" ? (
        <p className="notice notice--success" role="status">
          {TEXT.done(what)}
        </p>
      ) : (
        <form method="post" action="/api/unsubscribe" className="form">
          <p>{TEXT.ask(what)}</p>
          <input type="hidden" name="t" value={token} />
          <input type="hidden" name="from" value="page" />
          <button type="submit" className="button button--primary">
            {TEXT.button}
          </button>
        </form>
      )}
      <p>
        <Link href="/account/notifications">{TEXT.settings}</Link>
      </p>
    </main>
  );
}
