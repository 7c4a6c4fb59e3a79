// The article form by fields (Đăng bài viết → "Nhập từng trường"): what the
// pasted-page parser would have found, typed in one field each.
import { z } from "zod";
import { stripUnsafeControls } from "./unicode-text";

const clean = (s: string) => stripUnsafeControls(s).normalize("NFC").replace(/\r\n?/g, "\n").trim();
const line = (s: string) => clean(s).replace(/\s+/g, " ");

const optionalLine = (max: number, label: string) =>
  z
    .string()
    .optional()
    .transform((s) => line(s ?? ""))
    .pipe(z.string().max(max, { error: `${label} tối đa ${max} ký tự.` }))
    .transform((s) => s || null);

export const articleFieldsSchema = z.object({
  title: z
    .string({ error: "Hãy nhập tiêu đề." })
    .transform(line)
    .pipe(z.string().min(5, { error: "Tiêu đề cần ít nhất 5 ký tự." }).max(200, { error: "Tiêu đề tối đa 200 ký tự." })),
  author: z
    .string({ error: "Hãy nhập tác giả." })
    .transform(line)
    .pipe(z.string().min(2, { error: "Tên tác giả cần ít nhất 2 ký tự." }).max(60, { error: "Tên tác giả tối đa 60 ký tự." })),
  userTitle: optionalLine(50, "Chức danh"),
  lead: z
    .string()
    .optional()
    .transform((s) => clean(s ?? "").replace(/\s+/g, " "))
    .pipe(z.string().max(1000, { error: "Đoạn dẫn tối đa 1000 ký tự." }))
    .transform((s) => s || null),
  body: z
    .string({ error: "Hãy nhập thân bài." })
    .transform(clean)
    .pipe(z.string().min(1, { error: "Hãy nhập thân bài." }).max(200_000, { error: "Thân bài quá dài." })),
  source: optionalLine(100, "Nguồn"),
  sourceUrl: z
    .string()
    .optional()
    .transform((s) => (s ?? "").trim())
    .refine((s) => s === "" || /^https?:\/\/[^\s]+$/i.test(s), { error: "Liên kết nguồn phải bắt đầu bằng http:// hoặc https://." })
    .pipe(z.string().max(500, { error: "Liên kết nguồn tối đa 500 ký tự." }))
    .transform((s) => s || null),
  categorySlug: z.string().default(""),
});

export type ArticleFields = z.infer<typeof articleFieldsSchema>;
