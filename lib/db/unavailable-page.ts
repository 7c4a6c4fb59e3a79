// The page the request gate answers with (503) while the database is down:
// self-contained HTML (no script, no database, no framework), Vietnamese,
// light and dark, with Retry-After so browsers and crawlers come back.
export const RETRY_AFTER_SECONDS = 10;

export function unavailablePage(): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark"><meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}">
<title>Tạm thời không truy cập được | Bàn Luận</title>
<style>body{font:1rem/1.6 system-ui,sans-serif;margin:0;padding:2rem 1rem;background:Canvas;color:CanvasText}
main{max-width:36rem;margin:0 auto}h1{font-size:1.5rem;color:#185886}@media (prefers-color-scheme:dark){h1{color:#8cc4ec}}</style>
</head><body><main id="main">
<h1>Bàn Luận tạm thời không truy cập được</h1>
<p>Máy chủ đang mất kết nối tới cơ sở dữ liệu, thường chỉ trong chốc lát. Những bài bạn đã gửi thành công vẫn được giữ nguyên.</p>
<p>Trang sẽ tự tải lại sau ${RETRY_AFTER_SECONDS} giây. Nếu bạn vừa gửi bài, bài đó chưa được đăng: hãy bấm Quay lại, nội dung thường vẫn còn trong ô soạn thảo, và bản nháp đã lưu trên máy chủ.</p>
</main></body></html>`;
}
