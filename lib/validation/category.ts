// Categories, as administrators create and edit them (/mod/categories).
import { z } from "zod";
import { idSchema } from "./reply";
import { stripUnsafeControls } from "./unicode-text";

const name = z
  .string({ error: "Hãy nhập tên chuyên mục." })
  .transform((s) => stripUnsafeControls(s).normalize("NFC").replace(/\s+/g, " ").trim())
  .pipe(z.string().min(2, { error: "Tên chuyên mục cần ít nhất 2 ký tự." }).max(60, { error: "Tên chuyên mục tối đa 60 ký tự." }));

const description = z
  .string()
  .optional()
  .transform((s) => stripUnsafeControls(s ?? "").normalize("NFC").replace(/\s+/g, " ").trim())
  .pipe(z.string().max(300, { error: "Mô tả tối đa 300 ký tự." }))
  .transform((s) => s || null);

/** Lists sort by it, smallest first; left empty on creation, the category goes last. */
const position = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
  z.coerce
    .number({ error: "Thứ tự phải là một số." })
    .int({ error: "Thứ tự phải là số nguyên." })
    .min(0, { error: "Thứ tự từ 0 đến 1000." })
    .max(1000, { error: "Thứ tự từ 0 đến 1000." })
    .optional(),
);

/** Who starts threads in it: members (and staff), or staff only (news: the articles they publish). */
const staffThreadsOnly = z.preprocess(
  (v) => (v === "" ? undefined : v),
  z
    .enum(["members", "staff"], { error: "Hãy chọn ai được tạo chủ đề." })
    .optional()
    // Left out: unchanged on an edit, members on creation.
    .transform((v) => (v === undefined ? undefined : v === "staff")),
);

export const createCategorySchema = z.object({ name, description, position, staffThreadsOnly });
export const updateCategorySchema = z.object({ categoryId: idSchema, name, description, position, staffThreadsOnly });
export const deleteCategorySchema = z.object({ categoryId: idSchema });
