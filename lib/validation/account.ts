// zod schemas for every account form (register, log in, reset, account
// settings, first-admin setup) — the same schema validates the form on the
// server action and the operator's `user:create` command.
//
// Username rule (decided here, documented in docs/configuration.md): 3–30
// characters of ASCII letters, digits, "_" and ".", not starting or ending with
// a dot and without two dots in a row. ASCII only, so a profile URL
// (/members/<username>) never needs percent-encoding and two usernames cannot
// look alike through Unicode normalisation; Vietnamese names go in the display
// name, which accepts any letter.
import { z } from "zod";
import { ROLES } from "@/lib/permissions";
import { isCommonPassword } from "./common-passwords";
import { FORBIDDEN_CHARACTERS_MESSAGE, hasForbiddenCharacters, isInvisible } from "./unicode-text";

import { DISPLAY_NAME_MAX, EMAIL_MAX, PASSWORD_MAX, PASSWORD_MIN, USERNAME_MAX, USERNAME_MIN } from "./account-limits";

export { DISPLAY_NAME_MAX, EMAIL_MAX, PASSWORD_MAX, PASSWORD_MIN, USERNAME_MAX, USERNAME_MIN };

/** Trims and lower-cases the domain; the local part keeps its case (RFC 5321). */
export function normaliseEmail(raw: string): string {
  const trimmed = raw.trim();
  const at = trimmed.lastIndexOf("@");
  if (at < 0) return trimmed;
  return trimmed.slice(0, at) + "@" + trimmed.slice(at + 1).toLowerCase();
}

/** The key usernames are unique by: "Nguyen.Hoang" and "nguyen.hoang" are one name. */
export function usernameKey(username: string): string {
  return username.trim().toLowerCase();
}

const USERNAME_CHARS = /^[A-Za-z0-9_.]+$/;

export const emailSchema = z
  .string({ error: "Vui lòng nhập email." })
  .trim()
  .min(1, "Vui lòng nhập email.")
  .max(EMAIL_MAX, "Email quá dài.")
  .transform(normaliseEmail)
  .pipe(z.email({ error: "Email không hợp lệ." }));

export const usernameSchema = z
  .string({ error: "Vui lòng nhập tên đăng nhập." })
  .trim()
  .min(1, "Vui lòng nhập tên đăng nhập.")
  .min(USERNAME_MIN, `Tên đăng nhập cần ít nhất ${USERNAME_MIN} ký tự.`)
  .max(USERNAME_MAX, `Tên đăng nhập tối đa ${USERNAME_MAX} ký tự.`)
  .regex(USERNAME_CHARS, "Tên đăng nhập chỉ gồm chữ cái không dấu (a–z), chữ số, dấu gạch dưới (_) và dấu chấm (.).")
  .refine((v) => !v.startsWith(".") && !v.endsWith("."), "Tên đăng nhập không được bắt đầu hoặc kết thúc bằng dấu chấm.")
  .refine((v) => !v.includes(".."), "Tên đăng nhập không được có hai dấu chấm liền nhau.");

export const displayNameSchema = z
  .string({ error: "Vui lòng nhập tên hiển thị." })
  .max(DISPLAY_NAME_MAX * 4, `Tên hiển thị tối đa ${DISPLAY_NAME_MAX} ký tự.`)
  // Control and formatting characters (bidi overrides, zero-width, NUL) let a
  // name impersonate another; letters of any script are welcome. Checked
  // before spaces are collapsed, which would turn some of them (U+FEFF) into
  // an ordinary space.
  .refine((v) => !hasForbiddenCharacters(v), `Tên hiển thị ${FORBIDDEN_CHARACTERS_MESSAGE}`)
  .transform((v) => v.normalize("NFC").replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .min(2, "Tên hiển thị cần ít nhất 2 ký tự.")
      .max(DISPLAY_NAME_MAX, `Tên hiển thị tối đa ${DISPLAY_NAME_MAX} ký tự.`)
      .refine((v) => !isInvisible(v), "Tên hiển thị cần có chữ nhìn thấy được."),
  );

/** A new password: long enough and not on the common-password list. */
export const newPasswordSchema = z
  .string({ error: "Vui lòng nhập mật khẩu." })
  .min(1, "Vui lòng nhập mật khẩu.")
  .min(PASSWORD_MIN, `Mật khẩu cần ít nhất ${PASSWORD_MIN} ký tự.`)
  .max(PASSWORD_MAX, `Mật khẩu tối đa ${PASSWORD_MAX} ký tự.`)
  .refine((v) => !isCommonPassword(v), "Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác.");

/** A password being checked (log in, current password): no policy, just bounds. */
const enteredPasswordSchema = z
  .string({ error: "Vui lòng nhập mật khẩu." })
  .min(1, "Vui lòng nhập mật khẩu.")
  .max(PASSWORD_MAX, "Mật khẩu không đúng.");

/** The password must not simply repeat the username or the email's name part. */
function passwordNotIdentity(
  data: { password: string; username?: string; email?: string },
  ctx: z.RefinementCtx,
): void {
  const pw = data.password.toLowerCase();
  const names = [data.username, data.email?.split("@")[0]].filter((n): n is string => !!n && n.length >= 3);
  if (names.some((n) => pw.includes(n.toLowerCase()) && pw.length - n.length < 6)) {
    ctx.addIssue({ code: "custom", path: ["password"], message: "Mật khẩu không được gần giống tên đăng nhập hoặc email." });
  }
}

const newMemberFields = {
  displayName: displayNameSchema,
  username: usernameSchema,
  email: emailSchema,
  password: newPasswordSchema,
};

export const registerSchema = z.object(newMemberFields).superRefine(passwordNotIdentity);
export type RegisterInput = z.infer<typeof registerSchema>;

/** First-administrator setup: the same fields as registration. */
export const setupAdminSchema = registerSchema;
/** The setup form: those fields and the one-time link's token. */
export const setupAdminFormSchema = z
  .object({ ...newMemberFields, token: z.string().max(200).default("") })
  .superRefine(passwordNotIdentity);

/** Operators' `user:create`: registration fields plus a role; display name defaults to the username. */
export const createMemberSchema = z
  .object({
    ...newMemberFields,
    role: z.enum(ROLES as [string, ...string[]], { error: "Vai trò phải là member, moderator hoặc admin." }),
  })
  .superRefine(passwordNotIdentity);
export type CreateMemberInput = z.infer<typeof createMemberSchema>;

export const loginSchema = z.object({
  identifier: z
    .string({ error: "Vui lòng nhập email hoặc tên đăng nhập." })
    .trim()
    .min(1, "Vui lòng nhập email hoặc tên đăng nhập.")
    .max(EMAIL_MAX, "Email hoặc tên đăng nhập không đúng."),
  password: enteredPasswordSchema,
});
export type LoginInput = z.infer<typeof loginSchema>;

export const forgotPasswordSchema = z.object({ email: emailSchema });

const confirmMatches = (data: { password: string; passwordConfirm: string }, ctx: z.RefinementCtx) => {
  if (data.password !== data.passwordConfirm) {
    ctx.addIssue({ code: "custom", path: ["passwordConfirm"], message: "Mật khẩu nhập lại không khớp." });
  }
};

export const resetPasswordSchema = z
  .object({
    token: z.string().min(1, "Liên kết không hợp lệ.").max(200, "Liên kết không hợp lệ."),
    password: newPasswordSchema,
    passwordConfirm: z.string({ error: "Vui lòng nhập lại mật khẩu." }),
  })
  .superRefine(confirmMatches);

export const changePasswordSchema = z
  .object({
    currentPassword: enteredPasswordSchema,
    password: newPasswordSchema,
    passwordConfirm: z.string({ error: "Vui lòng nhập lại mật khẩu." }),
  })
  .superRefine(confirmMatches)
  .superRefine((data, ctx) => {
    if (data.password === data.currentPassword) {
      ctx.addIssue({ code: "custom", path: ["password"], message: "Mật khẩu mới phải khác mật khẩu hiện tại." });
    }
  });

export const changeDisplayNameSchema = z.object({ displayName: displayNameSchema });

export const changeEmailSchema = z.object({ email: emailSchema, currentPassword: enteredPasswordSchema });

/** The first message per field, for forms that show one error under each input. */
export function fieldErrors<T extends string>(error: z.ZodError): Partial<Record<T, string>> {
  const out: Partial<Record<T, string>> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form") as T;
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}
