// Registration: a new member with an unverified email, then the verification
// mail. The form must not tell who has an account: for an email already
// registered it answers exactly as for a new one (same page, same work — the
// password is hashed either way) and the address's owner gets a mail saying
// someone tried. Usernames and display names are public (profiles show
// them), so a taken one is said, but every attempt counts against the
// per-address attempt limit so the form cannot be used to list them fast.
// A registration from a network that just registered several accounts is
// held for a moderator's approval (lib/spam/registration-hold.ts).
import type { Db } from "@/lib/db-client";
import { registrationAttemptMessage } from "@/lib/mail/account-messages";
import { memberMailLocale } from "@/lib/mail/mail-locale";
import { sendMail } from "@/lib/mail/send-mail";
import { hashIp } from "@/lib/ip-hash";
import { logMemberHold } from "./log-member-hold";
import { HOLD_DEFAULTS, recentRegistrations, type HoldRule } from "@/lib/spam/registration-hold";
import { checkRateLimit, consumeRateLimit, recordRateLimitHit, rules } from "@/lib/rate-limit";
import { registerSchema, type RegisterInput } from "@/lib/validation/account";
import { ForbiddenError, InvalidInputError } from "@/lib/errors";
import { getSiteSettings } from "@/lib/site/site-settings";
import { safeReturnPath } from "@/lib/urls";
import type { Viewer } from "@/lib/permissions";
import { contextDb, contextIp, type ServiceContext } from "@/lib/service-context";
import { parseInput } from "@/lib/validation/parse-input";
import { getSettings } from "@/lib/settings";
import { screenForm, screenedFromInput } from "@/lib/spam/screen-form";
import { throttled } from "./refusals";
import { createMember, type DuplicateErrors } from "./create-member";
import { findMemberByEmail } from "./find-member";
import { hashPassword } from "./password";
import { sendVerificationEmail, type MailResult } from "./send-verification-email";
import { t } from "@/lib/i18n/text";

export type RegisterResult =
  | { ok: true; mail: MailResult; held?: boolean; heldForApproval?: boolean }
  | { ok: false; errors: DuplicateErrors }
  | { ok: false; reason: "throttled"; retryAt: Date };

export async function registerMember(
  db: Db,
  input: RegisterInput,
  ctx: {
    ip: string;
    now?: Date;
    hold?: HoldRule;
    /** Settings → "Cần duyệt": every new account waits for a moderator. */
    holdAll?: boolean;
    /** The forum page the member registered from: kept by the verification link. */
    callbackPath?: string | null;
  },
): Promise<RegisterResult> {
  const now = ctx.now ?? new Date();
  const limits = rules();
  // Every attempt, taken names and addresses included, then accounts created.
  const attempt = await consumeRateLimit(db, limits.registerAttemptIp, ctx.ip, now);
  if (attempt.limited) return { ok: false, reason: "throttled", retryAt: attempt.retryAt };
  const creations = await checkRateLimit(db, limits.registerIp, ctx.ip, now);
  if (creations.limited) return { ok: false, reason: "throttled", retryAt: creations.retryAt };

  const existing = await findMemberByEmail(db, input.email);
  const ipHash = hashIp(ctx.ip);
  const rule = ctx.hold ?? HOLD_DEFAULTS;
  const fromAddress = await recentRegistrations(db, ipHash, rule, now);
  const heldByAddress = rule.after > 0 && fromAddress >= rule.after;
  const held = heldByAddress || ctx.holdAll === true;
  const created = await createMember(db, { ...input, role: "member", emailVerified: false }, now);
  if (!created.ok) {
    // A taken username or display name is said; a taken email is not.
    const { email: _email, ...publicErrors } = created.errors;
    if (Object.keys(publicErrors).length > 0) return { ok: false, errors: publicErrors };
    return answerForTakenEmail(db, existing, input, ctx.ip, now);
  }
  await recordRateLimitHit(db, limits.registerIp, ctx.ip, now);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: created.user.id }, data: { registrationIpHash: ipHash, heldAt: held ? now : null } });
    if (held) await logMemberHold(tx, created.user.id, heldByAddress ? { sameAddressAccounts: fromAddress, hours: rule.hours } : { approvalRequired: true });
  });
  const mail = await sendVerificationEmail(db, created.user, input.email, { ip: ctx.ip, purpose: "verify", now, callbackPath: ctx.callbackPath });
  // Why it waits: the forum approves every new account ("approval"), or this network registered many.
  return held ? { ok: true, mail, held, heldForApproval: !heldByAddress } : { ok: true, mail };
}

/** The same answer and about the same time as a registration; the owner is mailed. */
async function answerForTakenEmail(
  db: Db,
  owner: { id: number; email: string | null; displayName: string } | null,
  input: RegisterInput,
  ip: string,
  now: Date,
): Promise<RegisterResult> {
  await hashPassword(input.password); // the work a new account costs, so timing does not tell
  await recordRateLimitHit(db, rules().registerIp, ip, now);
  const to = owner?.email ?? input.email;
  const limits = rules();
  const byIp = await consumeRateLimit(db, limits.mailIp, ip, now);
  const byRecipient = byIp.limited ? byIp : await consumeRateLimit(db, limits.mailRecipient, to.toLowerCase(), now);
  if (byIp.limited) return { ok: true, mail: { ok: false, reason: "throttled", retryAt: byIp.retryAt } };
  if (!byRecipient.limited) {
    const mail = await memberMailLocale(db, owner?.id);
    void sendMail(registrationAttemptMessage(to, owner?.displayName ?? null, mail)).catch((error) => {
      console.error(`[mail] Không gửi được thư báo đăng ký trùng email cho thành viên #${owner?.id}:`, error);
    });
  }
  return { ok: true, mail: { ok: true } };
}

/** A same-site forum path to come back to (never the log-in or register pages); null when there is none. */
export function returnPathAfterRegistering(value: unknown): string | null {
  if (typeof value !== "string" || !value) return null;
  const path = safeReturnPath(value, "");
  return path && !/^\/(login|register|verify|verified)(\/|\?|$)/.test(path) ? path.slice(0, 500) : null;
}


/** "Đăng ký", in the house contract: whether the verification mail went out. */
export async function registerAccount(_viewer: Viewer | null, input: unknown, ctx: ServiceContext = {}): Promise<{ mailSent: boolean; held: boolean; heldForApproval: boolean }> {
  // Refused before the spam screen: the form's challenge is not spent and goes back as it was.
  // Settings → "Đăng ký thành viên: Đóng": refused before anything is spent or written.
  const registration = (await getSiteSettings()).registrationMode;
  if (registration === "closed") throw Object.assign(new ForbiddenError(t("services.accountsRegistrationClosed")), { keepChallenge: true });
  const fields = keepingChallenge(() => parseInput(registerSchema, input, t("services.accountsFixBelow")));
  const db = await contextDb(ctx);
  const screen = await screenForm(db, screenedFromInput(input), "register", { ip: contextIp(ctx), now: ctx.now });
  if (!screen.ok) throw Object.assign(new InvalidInputError(screen.message), { keepChallenge: screen.keepToken });
  const settings = await getSettings();
  const result = await registerMember(db, fields, {
    ip: contextIp(ctx),
    now: ctx.now,
    hold: { after: settings.holdRegistrationsAfter, hours: settings.holdRegistrationsHours },
    holdAll: registration === "approval",
    callbackPath: returnPathAfterRegistering((input as { callbackUrl?: unknown } | null)?.callbackUrl),
  });
  if (!result.ok) {
    if ("reason" in result) throw throttled(t("services.accountsRegisteredTooOften"), result.retryAt);
    throw new InvalidInputError(t("services.accountsFixBelow"), result.errors as Record<string, string>);
  }
  return { mailSent: result.mail.ok, held: result.held ?? false, heldForApproval: result.heldForApproval ?? false };
}

/** Whether a refusal left the form's challenge unspent (the same token may be sent again). */
export function challengeKept(error: unknown): boolean {
  return (error as { keepChallenge?: unknown } | null)?.keepChallenge === true;
}

function keepingChallenge<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw Object.assign(error as object, { keepChallenge: true });
  }
}
