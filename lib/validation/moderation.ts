// Moderation input, shared by the moderators' forms and the services.
import { z } from "zod";
import { idSchema } from "./reply";
import { FORBIDDEN_CHARACTERS_MESSAGE, hasForbiddenCharacters, isInvisible, stripUnsafeControls } from "./unicode-text";
import { ROLES, type Role } from "@/lib/permissions";

const reason = z
  .string({ error: "Hãy nhập lý do." })
  .transform((s) => stripUnsafeControls(s).normalize("NFC").trim())
  .pipe(z.string().min(3, { error: "Lý do cần ít nhất 3 ký tự." }).max(500, { error: "Lý do tối đa 500 ký tự." }));

/** An optional note (reports, resolutions): trimmed, NFC, at most 1000 characters. */
export const optionalNote = z
  .string()
  .optional()
  .transform((s) => stripUnsafeControls(s ?? "").normalize("NFC").trim())
  .pipe(z.string().max(1000, { error: "Ghi chú tối đa 1000 ký tự." }));

export const hidePostSchema = z.object({ postId: idSchema, reason });
export const restorePostSchema = z.object({ postId: idSchema });
export const purgePostSchema = z.object({ postId: idSchema, reason });

export const REPORT_REASONS = {
  spam: "Spam",
  offensive: "Xúc phạm",
  "off-topic": "Lạc đề",
  other: "Khác",
} as const;
export type ReportReason = keyof typeof REPORT_REASONS;

export const createReportSchema = z.object({
  postId: idSchema,
  reason: z.enum(Object.keys(REPORT_REASONS) as [ReportReason, ...ReportReason[]], { error: "Hãy chọn lý do báo cáo." }),
  note: optionalNote,
});

export const resolveReportSchema = z.object({
  postId: idSchema,
  outcome: z.enum(["hide", "dismiss"], { error: "Hãy chọn cách xử lý." }),
  note: optionalNote,
});

export const reviewPostsSchema = z.object({
  postIds: z.array(idSchema).min(1, { error: "Hãy chọn ít nhất một bài viết." }).max(200),
  decision: z.enum(["approve", "reject"], { error: "Hãy chọn duyệt hoặc từ chối." }),
  reason: z
    .string()
    .optional()
    .transform((s) => stripUnsafeControls(s ?? "").normalize("NFC").trim())
    .pipe(z.string().max(500)),
});

/** A thread tool's optional reason, kept in the log (empty: none). */
const toolReason = z
  .string()
  .optional()
  .transform((s) => stripUnsafeControls(s ?? "").normalize("NFC").trim())
  .pipe(z.string().max(500, { error: "Lý do tối đa 500 ký tự." }));

export const threadToolSchema = z.discriminatedUnion("tool", [
  z.object({ tool: z.literal("lock"), threadId: idSchema, reason: toolReason }),
  z.object({ tool: z.literal("unlock"), threadId: idSchema, reason: toolReason }),
  z.object({ tool: z.literal("pin"), threadId: idSchema, reason: toolReason }),
  z.object({ tool: z.literal("unpin"), threadId: idSchema, reason: toolReason }),
  z.object({ tool: z.literal("move"), threadId: idSchema, categoryId: idSchema, reason: toolReason }),
  z.object({
    tool: z.literal("rename"),
    threadId: idSchema,
    reason: toolReason,
    title: z
      .string()
      .refine((s) => !hasForbiddenCharacters(s), { error: `Tiêu đề ${FORBIDDEN_CHARACTERS_MESSAGE}` })
      .transform((s) => s.normalize("NFC").replace(/\s+/g, " ").trim())
      .pipe(
        z
          .string()
          .min(5, { error: "Tiêu đề cần ít nhất 5 ký tự." })
          .max(200, { error: "Tiêu đề tối đa 200 ký tự." })
          .refine((s) => !isInvisible(s), { error: "Tiêu đề cần có chữ nhìn thấy được." }),
      ),
  }),
]);

export const sanctionSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("suspend"),
    userId: idSchema,
    reason,
    endsAt: z.coerce.date({ error: "Ngày kết thúc không hợp lệ." }),
  }),
  z.object({ kind: z.literal("ban"), userId: idSchema, reason }),
]);

/** XenForo's preset lengths: days, or "forever" (a ban). */
export const SANCTION_PRESETS = [
  { value: "1", label: "1 ngày", days: 1 },
  { value: "3", label: "3 ngày", days: 3 },
  { value: "7", label: "7 ngày", days: 7 },
  { value: "30", label: "30 ngày", days: 30 },
  { value: "forever", label: "Vĩnh viễn", days: null },
] as const;

export const sanctionPresetSchema = z.object({
  userId: idSchema,
  reason,
  duration: z.enum(["1", "3", "7", "30", "forever"], { error: "Hãy chọn thời hạn." }),
});

export const liftSanctionSchema = z.object({ userId: idSchema });

export const ROLE_LABELS: Record<Role, string> = { member: "Thành viên", moderator: "Điều hành viên", admin: "Quản trị viên" };

/** An administrator sets a member's role and the title shown under their name ("Intern Writer"). */
export const changeRoleSchema = z.object({
  userId: idSchema,
  role: z.enum(ROLES as [Role, ...Role[]], { error: "Hãy chọn một vai trò." }),
  userTitle: z
    .string()
    .optional()
    .transform((s) => stripUnsafeControls(s ?? "").normalize("NFC").replace(/\s+/g, " ").trim())
    .pipe(z.string().max(50, { error: "Danh hiệu tối đa 50 ký tự." }))
    // An empty title means none: the author card then shows no title line.
    .transform((s) => s || null),
});

export const wordFilterSchema = z.object({
  phrase: z
    .string()
    .transform((s) => stripUnsafeControls(s).normalize("NFC").replace(/\s+/g, " ").trim())
    .pipe(z.string().min(2, { error: "Từ cần lọc cần ít nhất 2 ký tự." }).max(100, { error: "Tối đa 100 ký tự." })),
  action: z.enum(["refuse", "queue"], { error: "Hãy chọn cách xử lý." }),
});

export const idOnlySchema = z.object({ id: idSchema });
