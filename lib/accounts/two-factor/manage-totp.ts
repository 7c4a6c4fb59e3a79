// The member's own two-step settings (/account/security): set up an
// authenticator app, confirm it with a code, regenerate recovery codes, turn
// two-step login off. Each checks the ability (lib/permissions.ts) against the
// member read fresh from the database, and re-authenticates where a stolen
// session could otherwise lock the owner out or weaken the account.
//
// Every change ends the member's other sessions: whoever held one of them
// (a forgotten shared computer, a stolen cookie) must now pass the new rule.
import { z } from "zod";
import type { Viewer } from "@/lib/permissions";
import { InvalidInputError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { loadSelf, reauthenticate, type TwoFactorCtx } from "./context";
import { replaceRecoveryCodes } from "./recovery-codes";
import { openSecret, sealSecret } from "./secret-box";
import { endOtherSessions, logSecurityEvent } from "./status";
import { matchingStep, newTotpSecret, totpUri } from "./totp";
import { t } from "@/lib/i18n/text";

const reauthSchema = z.object({
  currentPassword: z.string().max(200, { error: () => t("services.accountsPasswordTooLong") }).optional().transform((v) => v || undefined),
  code: z.string().max(40, { error: () => t("services.accountsCodeTooLong") }).optional().transform((v) => v?.trim() || undefined),
});

const confirmSchema = z.object({
  code: z.string({ error: () => t("services.accountsEnterSixDigits") }).trim().regex(/^\d{3}\s?\d{3}$/, { error: () => t("services.accountsSixDigits") }),
});

/** Step 1: a new secret, not yet active. Re-authenticated: it decides who can log in. */
export async function beginTotpSetup(viewer: Viewer | null, input: unknown, ctx: TwoFactorCtx): Promise<void> {
  const member = await loadSelf(ctx.db, viewer);
  const given = parseInput(reauthSchema, input);
  const existing = await ctx.db.totpSecret.findUnique({ where: { userId: member.id } });
  if (existing?.confirmedAt) throw new InvalidInputError(t("services.accountsTwoFactorAlreadyOn"));
  // A member without a password has nothing to re-enter yet: the session is what they have.
  if (member.passwordHash) await reauthenticate(member, { currentPassword: given.currentPassword }, ctx);
  const secretSealed = sealSecret(newTotpSecret());
  await ctx.db.totpSecret.upsert({
    where: { userId: member.id },
    create: { userId: member.id, secretSealed },
    update: { secretSealed, confirmedAt: null, lastUsedStep: null },
  });
}

/** What the setup screen shows while the secret waits for its first code: the QR's address and the secret for manual entry. */
export async function pendingTotpSetup(viewer: Viewer | null, ctx: Pick<TwoFactorCtx, "db">): Promise<{ secret: string; uri: string } | null> {
  const member = await loadSelf(ctx.db, viewer);
  const row = await ctx.db.totpSecret.findUnique({ where: { userId: member.id } });
  // Once confirmed the secret is never shown again.
  if (!row || row.confirmedAt) return null;
  const secret = openSecret(row.secretSealed);
  return secret ? { secret, uri: totpUri(secret, member.username) } : null;
}

/** Step 2: a code from the app proves it holds the secret; two-step login is on. Returns the recovery codes, to show once. */
export async function confirmTotpSetup(viewer: Viewer | null, input: unknown, ctx: TwoFactorCtx): Promise<string[]> {
  const member = await loadSelf(ctx.db, viewer);
  const { code } = parseInput(confirmSchema, input);
  const row = await ctx.db.totpSecret.findUnique({ where: { userId: member.id } });
  if (!row) throw new InvalidInputError(t("services.accountsRestartSetup"));
  if (row.confirmedAt) throw new InvalidInputError(t("services.accountsTwoFactorAlreadyOn"));
  const secret = openSecret(row.secretSealed);
  const step = secret ? matchingStep(secret, code, ctx.now ?? new Date()) : null;
  if (step === null) {
    const message = t("services.accountsTotpSetupWrong");
    throw new InvalidInputError(message, { code: message });
  }
  // The code that confirmed the app is spent too.
  const { count } = await ctx.db.totpSecret.updateMany({ where: { userId: member.id, confirmedAt: null }, data: { confirmedAt: ctx.now ?? new Date(), lastUsedStep: step } });
  if (count !== 1) throw new InvalidInputError(t("services.accountsTwoFactorAlreadyOn"));
  const codes = await replaceRecoveryCodes(ctx.db, member.id);
  const ended = await endOtherSessions(ctx.db, member.id, ctx.sessionId);
  logSecurityEvent(member.id, "bật xác thực hai bước", { ip: ctx.ip, endedSessions: ended });
  return codes;
}

/** Gives up a setup that was never confirmed. */
export async function cancelTotpSetup(viewer: Viewer | null, ctx: TwoFactorCtx): Promise<void> {
  const member = await loadSelf(ctx.db, viewer);
  await ctx.db.totpSecret.deleteMany({ where: { userId: member.id, confirmedAt: null } });
}

/** A new set of recovery codes (the old ones die). Re-authenticated. */
export async function regenerateRecoveryCodes(viewer: Viewer | null, input: unknown, ctx: TwoFactorCtx): Promise<string[]> {
  const member = await loadSelf(ctx.db, viewer);
  const given = parseInput(reauthSchema, input);
  const row = await ctx.db.totpSecret.findUnique({ where: { userId: member.id } });
  if (!row?.confirmedAt) throw new InvalidInputError(t("services.accountsTwoFactorFirst"));
  await reauthenticate(member, given, ctx);
  const codes = await replaceRecoveryCodes(ctx.db, member.id);
  logSecurityEvent(member.id, "tạo lại mã khôi phục", { ip: ctx.ip });
  return codes;
}

/** Turns two-step login off: the password or a current code. Passkeys stay (they are logins of their own). */
export async function disableTwoFactor(viewer: Viewer | null, input: unknown, ctx: TwoFactorCtx): Promise<void> {
  const member = await loadSelf(ctx.db, viewer);
  const given = parseInput(reauthSchema, input);
  const row = await ctx.db.totpSecret.findUnique({ where: { userId: member.id } });
  if (!row?.confirmedAt) throw new InvalidInputError(t("services.accountsTwoFactorOff"));
  await reauthenticate(member, given, ctx);
  await ctx.db.$transaction([ctx.db.totpSecret.deleteMany({ where: { userId: member.id } }), ctx.db.recoveryCode.deleteMany({ where: { userId: member.id } })]);
  const ended = await endOtherSessions(ctx.db, member.id, ctx.sessionId);
  logSecurityEvent(member.id, "tắt xác thực hai bước", { ip: ctx.ip, endedSessions: ended });
}
