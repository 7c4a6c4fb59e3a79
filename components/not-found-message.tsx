import Link from "next/link";

export function NotFoundMessage() {
  return (
    <main className="content content--narrow">
      <h1>Không tìm thấy trang</h1>
      <p>Trang bạn yêu cầu không tồn tại hoặc đã bị chuyển đi.</p>
      <p>
        <Link href="/">Về trang chủ diễn đàn</Link>
      </p>
    </main>
  );
}
