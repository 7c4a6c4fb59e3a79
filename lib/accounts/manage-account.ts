// The member's own account settings (/account): display name, password, email,
// and "log out everywhere". Each takes the viewer, checks the ability in
// lib/permissions.ts and re-reads the member, never trusting the form.
import type { Db } from "@/lib/db-client";
import { assertCan, canManageOwnAccount, ForbiddenError, type Role, type Viewer } from "@/lib/permissions";
import { DISPLAY_NAME_TAKEN, displayNameKey, displayNameProblem, isDisplayNameClash } from "./display-name-key";
import { confirmCurrentPassword, type AuthenticateResult } from "./authenticate-member";
import { registrationAttemptMessage } from "@/lib/mail/account-messages";
import { memberMailLocale } from "@/lib/mail/mail-locale";
import { sendMail } from "@/lib/mail/send-mail";
import { consumeRateLimit, rules } from "@/lib/rate-limit";
import { emailTaken, findMemberByEmail } from "./find-member";
import { hashPassword } from "./password";
import { sendVerificationEmail, type MailResult } from "./send-verification-email";
import { InvalidInputError } from "@/lib/errors";
import { contextDb, contextIp, type ServiceContext } from "@/lib/service-context";
import { changeDisplayNameSchema, changeEmailSchema, changePasswordSchema } from "@/lib/validation/account";
import { parseInput } from "@/lib/validation/parse-input";
import { issueLoginTicket } from "./login-ticket";
import { MAIL_DOWN, throttled } from "./refusals";
import { t } from "@/lib/i18n/text";

// The four forms of /account in the house contract `(viewer, input, ctx)`;
// the steps below them keep the database first, as scripts and tests call them.

const FIX_BELOW = () => t("services.accountsFixBelow");
const WRONG_PASSWORD = () => t("services.accountsWrongCurrentPassword");
const SANCTIONED = () => t("services.accountsSanctioned");

export async function setDisplayName(viewer: Viewer | null, input: unknown, ctx: ServiceContext = {}): Promise<{ displayName: string; memberId: number }> {
  const { displayName } = parseInput(changeDisplayNameSchema, input, FIX_BELOW());
  const changed = await changeDisplayName(await contextDb(ctx), viewer, displayName);
  if (!changed.ok) throw new InvalidInputError(FIX_BELOW(), { displayName: changed.message });
  return { displayName, memberId: viewer!.id };
}

/** A new password; answers with a login ticket that renews this browser's session (every session ended). */
export async function setPassword(viewer: Viewer | null, input: unknown, ctx: ServiceContext = {}): Promise<{ ticket: string }> {
  const fields = parseInput(changePasswordSchema, input, FIX_BELOW());
  const db = await contextDb(ctx);
  const result = await changePassword(db, viewer, fields, { ip: contextIp(ctx), now: ctx.now });
  if (!result.ok) {
    if (result.reason === "throttled") throw throttled(t("services.accountsPasswordThrottled"), result.retryAt);
    if (result.reason === "no-password") {
      throw new InvalidInputError(t("services.accountsNoPasswordOauth"));
    }
    if (result.reason === "sanctioned") throw new ForbiddenError(SANCTIONED());
    throw new InvalidInputError(WRONG_PASSWORD(), { currentPassword: WRONG_PASSWORD() });
  }
  return { ticket: await issueLoginTicket(db, viewer!.id) };
}

/** Sends the confirmation link to the new address; the answer names it. */
export async function setEmail(viewer: Viewer | null, input: unknown, ctx: ServiceContext = {}): Promise<{ email: string }> {
  const fields = parseInput(changeEmailSchema, input, FIX_BELOW());
  const result = await requestEmailChange(await contextDb(ctx), viewer, fields, { ip: contextIp(ctx), now: ctx.now });
  if (result.ok) return { email: fields.email };
  switch (result.reason) {
    case "throttled":
      throw throttled(t("services.accountsTooManyRequests"), result.retryAt);
    case "invalid":
      throw new InvalidInputError(WRONG_PASSWORD(), { currentPassword: WRONG_PASSWORD() });
    case "delivery":
      throw new InvalidInputError(MAIL_DOWN());
    case "same":
    case "taken":
      throw new InvalidInputError(result.message, { email: result.message });
    case "no-password":
      throw new InvalidInputError(result.message);
    default:
      throw new ForbiddenError(SANCTIONED());
  }
}

/** "Đăng xuất khỏi mọi thiết bị". */
export async function endAllSessions(viewer: Viewer | null, _input: unknown, ctx: ServiceContext = {}): Promise<void> {
  await logOutEverywhere(await contextDb(ctx), viewer);
}

async function loadSelf(db: Db, viewer: Viewer | null) {
  assertCan(canManageOwnAccount(viewer), t("services.accountsManageLogIn"));
  const member = await db.user.findUnique({ where: { id: viewer!.id } });
  assertCan(!!member, t("services.accountsAccountGone"));
  return member!;
}

/** A new display name, unless it looks like another member's or claims a staff title. */
export async function changeDisplayName(
  db: Db,
  viewer: Viewer | null,
  displayName: string,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const member = await loadSelf(db, viewer);
  const problem = await displayNameProblem(db, displayName, { role: member.role as Role, selfId: member.id });
  if (problem) return { ok: false, message: problem };
  try {
    await db.user.update({ where: { id: member.id }, data: { displayName, displayNameKey: displayNameKey(displayName) } });
  } catch (error) {
    if (isDisplayNameClash(error)) return { ok: false, message: DISPLAY_NAME_TAKEN() };
    throw error;
  }
  return { ok: true };
}

export type ChangePasswordResult =
  | { ok: true; sessionVersion: number }
  | Exclude<AuthenticateResult, { ok: true }>
  | { ok: false; reason: "no-password" };

/** New password; every other session ends. The caller renews the current one. */
export async function changePassword(
  db: Db,
  viewer: Viewer | null,
  input: { currentPassword: string; password: string },
  ctx: { ip: string; now?: Date },
): Promise<ChangePasswordResult> {
  const member = await loadSelf(db, viewer);
  // OAuth-only accounts have no current password to confirm; they set one through "Quên mật khẩu?".
  if (!member.passwordHash) return { ok: false, reason: "no-password" };
  const check = await confirmCurrentPassword(db, member, input.currentPassword, ctx);
  if (!check.ok) return check;
  const updated = await db.user.update({
    where: { id: member.id },
    data: { passwordHash: await hashPassword(input.password), sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return { ok: true, sessionVersion: updated.sessionVersion };
}

export type ChangeEmailResult =
  | MailResult
  | Exclude<AuthenticateResult, { ok: true }>
  | { ok: false; reason: "no-password" | "same" | "taken"; message: string };

/** Sends a link to the new address; the account switches when it is followed. */
export async function requestEmailChange(
  db: Db,
  viewer: Viewer | null,
  input: { email: string; currentPassword: string },
  ctx: { ip: string; now?: Date },
): Promise<ChangeEmailResult> {
  const member = await loadSelf(db, viewer);
  if (!member.passwordHash) {
    return { ok: false, reason: "no-password", message: t("services.accountsSetPasswordFirst") };
  }
  const check = await confirmCurrentPassword(db, member, input.currentPassword, ctx);
  if (!check.ok) return check;
  if (member.email === input.email) return { ok: false, reason: "same", message: t("services.accountsSameEmail") };
  // An address another account holds gets the same answer as a free one
  // (its owner is told instead), as at registration: the form lists nobody.
  if (await emailTaken(db, input.email, member.id)) return notifyAddressOwner(db, input.email, ctx);
  return sendVerificationEmail(db, member, input.email, { ip: ctx.ip, purpose: "change-email", now: ctx.now });
}

/** Ends every session of the member, on every device (the current one too). */
export async function logOutEverywhere(db: Db, viewer: Viewer | null): Promise<void> {
  const member = await loadSelf(db, viewer);
  await db.user.update({ where: { id: member.id }, data: { sessionVersion: { increment: 1 } } });
}

async function notifyAddressOwner(db: Db, email: string, ctx: { ip: string; now?: Date }): Promise<MailResult> {
  const now = ctx.now ?? new Date();
  const limits = rules();
  const byIp = await consumeRateLimit(db, limits.mailIp, ctx.ip, now);
  if (byIp.limited) return { ok: false, reason: "throttled", retryAt: byIp.retryAt };
  const owner = await findMemberByEmail(db, email);
  const byRecipient = await consumeRateLimit(db, limits.mailRecipient, email.toLowerCase(), now);
  if (byRecipient.limited) return { ok: false, reason: "throttled", retryAt: byRecipient.retryAt };
  const mail = await memberMailLocale(db, owner?.id);
  void sendMail(registrationAttemptMessage(owner?.email ?? email, owner?.displayName ?? null, mail)).catch((error) => {
    console.error(`[mail] Không gửi được thư báo email trùng cho thành viên #${owner?.id}:`, error);
  });
  return { ok: true };
}
