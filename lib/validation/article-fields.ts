// The article form by fields (Đăng bài viết → "Nhập từng trường"): what the
// pasted-page parser would have found, typed in one field each.
import { z } from "zod";
import { stripUnsafeControls } from "./unicode-text";
import { t } from "@/lib/i18n/text";

const clean = (s: string) => stripUnsafeControls(s).normalize("NFC").replace(/\r\n?/g, "\n").trim();
const line = (s: string) => clean(s).replace(/\s+/g, " ");

const optionalLine = (max: number, tooLong: () => string) =>
  z
    .string()
    .optional()
    .transform((s) => line(s ?? ""))
    .pipe(z.string().max(max, { error: tooLong }))
    .transform((s) => s || null);

export const articleFieldsSchema = z.object({
  title: z
    .string({ error: () => t("validation.articleTitleRequired") })
    .transform(line)
    .pipe(z.string().min(5, { error: () => t("validation.articleTitleMin") }).max(200, { error: () => t("validation.articleTitleMax") })),
  author: z
    .string({ error: () => t("validation.articleAuthorRequired") })
    .transform(line)
    .pipe(z.string().min(2, { error: () => t("validation.articleAuthorMin") }).max(60, { error: () => t("validation.articleAuthorMax") })),
  userTitle: optionalLine(50, () => t("validation.articleUserTitleMax", { max: 50 })),
  lead: z
    .string()
    .optional()
    .transform((s) => clean(s ?? "").replace(/\s+/g, " "))
    .pipe(z.string().max(1000, { error: () => t("validation.articleLeadMax") }))
    .transform((s) => s || null),
  body: z
    .string({ error: () => t("validation.articleBodyRequired") })
    .transform(clean)
    .pipe(z.string().min(1, { error: () => t("validation.articleBodyRequired") }).max(200_000, { error: () => t("validation.articleBodyTooLong") })),
  source: optionalLine(100, () => t("validation.articleSourceMax", { max: 100 })),
  sourceUrl: z
    .string()
    .optional()
    .transform((s) => (s ?? "").trim())
    .refine((s) => s === "" || /^https?:\/\/[^\s]+$/i.test(s), { error: () => t("validation.articleSourceUrlScheme") })
    .pipe(z.string().max(500, { error: () => t("validation.articleSourceUrlMax") }))
    .transform((s) => s || null),
  categorySlug: z.string().default(""),
});

export type ArticleFields = z.infer<typeof articleFieldsSchema>;
