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
import { hasForbiddenCharacters, isInvisible } from "./unicode-text";

import { DISPLAY_NAME_MAX, EMAIL_MAX, PASSWORD_MAX, PASSWORD_MIN, USERNAME_MAX, USERNAME_MIN } from "./account-limits";
import { t } from "@/lib/i18n/text";

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
  .string({ error: () => t("validation.accountEmailRequired") })
  .trim()
  .min(1, { error: () => t("validation.accountEmailRequired") })
  .max(EMAIL_MAX, { error: () => t("validation.accountEmailTooLong") })
  .transform(normaliseEmail)
  .pipe(z.email({ error: () => t("validation.accountEmailInvalid") }));

export const usernameSchema = z
  .string({ error: () => t("validation.accountUsernameRequired") })
  .trim()
  .min(1, { error: () => t("validation.accountUsernameRequired") })
  .min(USERNAME_MIN, { error: () => t("validation.accountUsernameMin", { min: USERNAME_MIN }) })
  .max(USERNAME_MAX, { error: () => t("validation.accountUsernameMax", { max: USERNAME_MAX }) })
  .regex(USERNAME_CHARS, { error: () => t("validation.accountUsernameChars") })
  .refine((v) => !v.startsWith(".") && !v.endsWith("."), { error: () => t("validation.accountUsernameDotEnds") })
  .refine((v) => !v.includes(".."), { error: () => t("validation.accountUsernameDoubleDot") });

export const displayNameSchema = z
  .string({ error: () => t("validation.accountDisplayNameRequired") })
  .max(DISPLAY_NAME_MAX * 4, { error: () => t("validation.accountDisplayNameMax", { max: DISPLAY_NAME_MAX }) })
  // Control and formatting characters (bidi overrides, zero-width, NUL) let a
  // name impersonate another; letters of any script are welcome. Checked
  // before spaces are collapsed, which would turn some of them (U+FEFF) into
  // an ordinary space.
  .refine((v) => !hasForbiddenCharacters(v), { error: () => t("validation.accountDisplayNameForbiddenCharacters") })
  .transform((v) => v.normalize("NFC").replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .min(2, { error: () => t("validation.accountDisplayNameMin") })
      .max(DISPLAY_NAME_MAX, { error: () => t("validation.accountDisplayNameMax", { max: DISPLAY_NAME_MAX }) })
      .refine((v) => !isInvisible(v), { error: () => t("validation.accountDisplayNameInvisible") }),
  );

/** A new password: long enough and not on the common-password list. */
export const newPasswordSchema = z
  .string({ error: () => t("validation.accountPasswordRequired") })
  .min(1, { error: () => t("validation.accountPasswordRequired") })
  .min(PASSWORD_MIN, { error: () => t("validation.accountPasswordMin", { min: PASSWORD_MIN }) })
  .max(PASSWORD_MAX, { error: () => t("validation.accountPasswordMax", { max: PASSWORD_MAX }) })
  .refine((v) => !isCommonPassword(v), { error: () => t("validation.accountPasswordCommon") });

/** A password being checked (log in, current password): no policy, just bounds. */
const enteredPasswordSchema = z
  .string({ error: () => t("validation.accountPasswordRequired") })
  .min(1, { error: () => t("validation.accountPasswordRequired") })
  .max(PASSWORD_MAX, { error: () => t("validation.accountPasswordWrong") });

/** The password must not simply repeat the username or the email's name part. */
function passwordNotIdentity(
  data: { password: string; username?: string; email?: string },
  ctx: z.RefinementCtx,
): void {
  const pw = data.password.toLowerCase();
  const names = [data.username, data.email?.split("@")[0]].filter((n): n is string => !!n && n.length >= 3);
  if (names.some((n) => pw.includes(n.toLowerCase()) && pw.length - n.length < 6)) {
    ctx.addIssue({ code: "custom", path: ["password"], message: t("validation.accountPasswordLikeIdentity") });
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
    role: z.enum(ROLES as [string, ...string[]], { error: () => t("validation.accountRoleInvalid") }),
  })
  .superRefine(passwordNotIdentity);
export type CreateMemberInput = z.infer<typeof createMemberSchema>;

export const loginSchema = z.object({
  identifier: z
    .string({ error: () => t("validation.accountIdentifierRequired") })
    .trim()
    .min(1, { error: () => t("validation.accountIdentifierRequired") })
    .max(EMAIL_MAX, { error: () => t("validation.accountIdentifierWrong") }),
  password: enteredPasswordSchema,
});
export type LoginInput = z.infer<typeof loginSchema>;

export const forgotPasswordSchema = z.object({ email: emailSchema });

const confirmMatches = (data: { password: string; passwordConfirm: string }, ctx: z.RefinementCtx) => {
  if (data.password !== data.passwordConfirm) {
    ctx.addIssue({ code: "custom", path: ["passwordConfirm"], message: t("validation.accountPasswordMismatch") });
  }
};

export const resetPasswordSchema = z
  .object({
    token: z.string().min(1, { error: () => t("validation.accountLinkInvalid") }).max(200, { error: () => t("validation.accountLinkInvalid") }),
    password: newPasswordSchema,
    passwordConfirm: z.string({ error: () => t("validation.accountPasswordConfirmRequired") }),
  })
  .superRefine(confirmMatches);

export const changePasswordSchema = z
  .object({
    currentPassword: enteredPasswordSchema,
    password: newPasswordSchema,
    passwordConfirm: z.string({ error: () => t("validation.accountPasswordConfirmRequired") }),
  })
  .superRefine(confirmMatches)
  .superRefine((data, ctx) => {
    if (data.password === data.currentPassword) {
      ctx.addIssue({ code: "custom", path: ["password"], message: t("validation.accountPasswordUnchanged") });
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
