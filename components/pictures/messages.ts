// What the picture parts of the forms say (kept together for issue 17's catalogues).
export const PICKER_MESSAGES = {
  legend: "Ảnh đính kèm",
  choose: "Chọn ảnh",
  hint: (max: number, mb: number) => `Tối đa ${max} ảnh, mỗi ảnh ${mb} MB (JPEG, PNG, WebP, GIF, AVIF). Ảnh được gửi cùng bài viết; vị trí GPS và thông tin máy ảnh bị xóa.`,
  hintJs: "Có thể dán ảnh (Ctrl+V) hoặc kéo thả vào ô soạn thảo.",
  held: "Ảnh đã tải lên (sẽ đăng cùng bài):",
  alt: "Mô tả ảnh (cho người không xem được ảnh)",
  insert: "Chèn vào bài",
  remove: "Bỏ ảnh",
  uploading: (name: string) => `Đang tải lên ${name}…`,
  failed: "Không tải lên được ảnh, hãy thử lại.",
  full: (max: number) => `Đã đủ ${max} ảnh cho bài này.`,
  dropHere: "Thả ảnh vào đây để đính kèm",
} as const;
