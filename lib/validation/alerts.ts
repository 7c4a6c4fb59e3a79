// Forms of the alerts feature (watching, alert and e-mail settings), with Vietnamese messages.
import { z } from "zod";
import { idSchema } from "./reply";

const flag = z.enum(["0", "1"], { error: "Yêu cầu không hợp lệ." });

export const watchThreadSchema = z.object({ threadId: idSchema, watch: flag });
export const watchCategorySchema = z.object({ categoryId: idSchema, watch: flag });

/** /account/watched bulk form: "thread:12", "category:3"… */
export const bulkUnwatchSchema = z.object({
  items: z
    .array(z.string().regex(/^(thread|category):\d{1,12}$/, { error: "Mục không hợp lệ." }), { error: "Hãy chọn ít nhất một mục." })
    .min(1, { error: "Hãy chọn ít nhất một mục." })
    .max(500, { error: "Chọn nhiều nhất 500 mục mỗi lần." }),
});

// An unticked checkbox is absent from the form: the action's fields() gives "" for it.
const checkbox = z.enum(["", "0", "1"], { error: "Tùy chọn không hợp lệ." }).optional().transform((v) => v === "1");

export const alertPreferencesSchema = z.object({
  autoWatch: checkbox,
  watchedEmail: z.enum(["immediate", "daily", "weekly", "never"], { error: "Hãy chọn cách nhận thư về chủ đề theo dõi." }),
  mentionEmail: z.enum(["immediate", "never"], { error: "Hãy chọn cách nhận thư khi được nhắc đến." }),
  followAlerts: checkbox,
});

export const ignoreMemberSchema = z.object({ memberId: idSchema, ignore: flag });

export const BOOKMARK_NOTE_MAX = 500;
export const bookmarkSchema = z.object({
  postId: idSchema,
  intent: z.enum(["save", "remove"], { error: "Yêu cầu không hợp lệ." }),
  note: z
    .string()
    .max(BOOKMARK_NOTE_MAX, { error: `Ghi chú dài tối đa ${BOOKMARK_NOTE_MAX} ký tự.` })
    .optional()
    .transform((v) => (v ?? "").normalize("NFC").trim() || null),
});
