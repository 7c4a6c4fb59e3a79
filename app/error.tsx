"use client";
// What a reader sees when a page fails on the server (the database
// unreachable for a moment, say): a plain Vietnamese explanation and a way to
// try again, never a stack trace. While the database is known to be down, the
// request gate answers 503 before this page is reached (lib/db/availability.ts).
import Link from "next/link";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="page" id="main">
      <main className="content content--narrow">
        <h1>Diễn đàn tạm thời gặp sự cố</h1>
        <p>Máy chủ chưa trả lời được yêu cầu này. Những gì bạn đã gửi thành công vẫn được giữ nguyên.</p>
        <p>Vui lòng thử lại sau ít phút.</p>
        <p>
          <button type="button" onClick={() => reset()}>
            Thử lại
          </button>{" "}
          · <Link href="/">Về trang chủ diễn đàn</Link>
        </p>
      </main>
    </div>
  );
}
