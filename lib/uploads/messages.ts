// What the upload pipeline says to members, in one place (to move into the
// message catalogues with issue 17). Each refusal names the file.
export const UPLOAD_MESSAGES = {
  notAnImage: (name: string) => `Tệp “${name}” không phải là ảnh JPEG, PNG, WebP, GIF hay AVIF: không thể đính kèm.`,
  svg: (name: string) => `Tệp “${name}” là ảnh SVG: vì lý do an toàn, diễn đàn không nhận SVG. Hãy xuất ra PNG.`,
  html: (name: string) => `Tệp “${name}” là một trang HTML/văn bản, không phải ảnh (dù tên có đuôi ảnh).`,
  polyglot: (name: string) => `Tệp “${name}” có chứa mã HTML/script bên trong ảnh: không thể đính kèm.`,
  heic: (name: string) => `Tệp “${name}” là ảnh HEIC: máy chủ chưa đọc được định dạng này. Hãy chọn “Tương thích nhất” (JPEG) trong cài đặt máy ảnh hoặc chuyển sang JPEG.`,
  damaged: (name: string) => `Tệp “${name}” bị hỏng hoặc không đầy đủ: không đọc được ảnh.`,
  tooManyPixels: (name: string, megapixels: number) => `Ảnh “${name}” quá lớn (tối đa ${megapixels} megapixel).`,
  tooLarge: (name: string, mb: number) => `Tệp “${name}” vượt quá ${mb} MB.`,
  empty: (name: string) => `Tệp “${name}” trống.`,
  tooManyFiles: (max: number) => `Mỗi bài viết chỉ đính kèm được tối đa ${max} ảnh.`,
  dailyQuota: (max: number) => `Bạn đã tải lên ${max} ảnh trong 24 giờ qua, hãy thử lại sau.`,
  firstPosts: (n: number) => `Thành viên mới có thể đính kèm ảnh sau ${n} bài viết đầu tiên.`,
  notAllowed: "Bạn không có quyền đính kèm ảnh.",
  guest: "Bạn cần đăng nhập để tải ảnh lên.",
  requestTooLarge: (mb: number) => `Dữ liệu gửi lên quá lớn (tối đa khoảng ${mb} MB một lần). Nội dung bạn viết chưa được gửi: hãy bớt ảnh rồi gửi lại.`,
  removedInPlace: (reason: string) => `Ảnh đã bị điều hành viên gỡ: ${reason}`,
  notFound: "Ảnh không tồn tại.",
  altTooLong: "Mô tả ảnh tối đa 300 ký tự.",
} as const;
