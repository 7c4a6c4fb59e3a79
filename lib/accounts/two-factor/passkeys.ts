// Passkeys (WebAuthn, @simplewebauthn/server v9): registered from
// /account/security, used on /login without a password (a discoverable
// credential names its member) or on the second step as an alternative to the
// code. Challenges are stored server-side, single use (challenges.ts); the
// browser's answers arrive as JSON, validated here with zod before the
// library looks at them.
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from "@simplewebauthn/server";
import { isoBase64URL } from "@simplewebauthn/server/helpers";
import type { AuthenticationResponseJSON, AuthenticatorTransportFuture, RegistrationResponseJSON } from "@simplewebauthn/types";
import { z } from "zod";
import type { Db } from "@/lib/db-client";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import type { Viewer } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse-input";
import { challengeOf, consumeChallenge, storeChallenge } from "./challenges";
import { loadSelf, reauthenticate, type TwoFactorCtx } from "./context";
import { finishPendingLogin, PENDING_EXPIRED, pendingMember } from "./pending-login";
import type { RelyingParty } from "./relying-party";
import { reserveSecondStepAttempt } from "./second-step";
import { endOtherSessions, logSecurityEvent } from "./status";
import { t } from "@/lib/i18n/text";

const b64 = z.string().max(20_000).regex(/^[A-Za-z0-9_-]*={0,2}$/, { error: () => t("services.accountsPasskeyDataInvalid") });
const credentialBase = {
  id: b64.min(1).max(1400),
  rawId: b64.min(1).max(1400),
  type: z.literal("public-key"),
  clientExtensionResults: z.object({}).loose().default({}),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
};
const registrationResponseSchema = z.object({
  ...credentialBase,
  response: z
    .object({
      clientDataJSON: b64.min(1),
      attestationObject: b64.min(1).max(100_000),
      transports: z.array(z.string().max(20)).max(10).optional(),
    })
    .loose(),
});
const authenticationResponseSchema = z.object({
  ...credentialBase,
  response: z
    .object({
      clientDataJSON: b64.min(1),
      authenticatorData: b64.min(1),
      signature: b64.min(1),
      userHandle: b64.optional(),
    })
    .loose(),
});

const INVALID = () => t("services.accountsPasskeyInvalid");
const UNKNOWN = () => t("services.accountsPasskeyUnknown");

function needRp(ctx: TwoFactorCtx): RelyingParty {
  if (!ctx.rp) throw new Error("relying party missing");
  return ctx.rp;
}

function transportsOf(value: string | null): AuthenticatorTransportFuture[] | undefined {
  return value ? (value.split(",") as AuthenticatorTransportFuture[]) : undefined;
}

// — Registration ——————————————————————————————————————————————————————————

/** Options for navigator.credentials.create(); re-authenticated with the password (when the member has one). */
export async function passkeyRegistrationOptions(viewer: Viewer | null, input: unknown, ctx: TwoFactorCtx) {
  const member = await loadSelf(ctx.db, viewer);
  const { currentPassword } = parseInput(z.object({ currentPassword: z.string().max(200).optional() }), input);
  if (member.passwordHash) await reauthenticate(member, { currentPassword: currentPassword || undefined }, ctx);
  const rp = needRp(ctx);
  const existing = await ctx.db.passkey.findMany({ where: { userId: member.id }, select: { credentialId: true, transports: true } });
  const options = await generateRegistrationOptions({
    rpName: rp.rpName,
    rpID: rp.rpID,
    userID: String(member.id),
    userName: member.username,
    userDisplayName: member.displayName,
    attestationType: "none",
    excludeCredentials: existing.map((p) => ({ id: isoBase64URL.toBuffer(p.credentialId), type: "public-key", transports: transportsOf(p.transports) })),
    // Discoverable, so the same passkey also logs in without a username.
    authenticatorSelection: { residentKey: "required", userVerification: "preferred" },
  });
  await storeChallenge(ctx.db, "register", options.challenge, member.id, ctx.now);
  return options;
}

export async function registerPasskey(viewer: Viewer | null, input: unknown, ctx: TwoFactorCtx): Promise<{ id: number; name: string }> {
  const member = await loadSelf(ctx.db, viewer);
  const data = parseInput(
    z.object({
      name: z.string({ error: () => t("services.accountsPasskeyNameRequired") }).trim().min(1, { error: () => t("services.accountsPasskeyNameRequired") }).max(50, { error: () => t("services.accountsPasskeyNameMax") }),
      response: registrationResponseSchema,
    }),
    input,
  );
  const rp = needRp(ctx);
  const challenge = challengeOf(data.response.response.clientDataJSON);
  if (!challenge || !(await consumeChallenge(ctx.db, "register", challenge, member.id, ctx.now))) throw new InvalidInputError(INVALID());
  let verification;
  try {
    verification = await verifyRegistrationResponse({
      response: data.response as unknown as RegistrationResponseJSON,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
      requireUserVerification: false,
    });
  } catch {
    throw new InvalidInputError(INVALID());
  }
  if (!verification.verified || !verification.registrationInfo) throw new InvalidInputError(INVALID());
  const info = verification.registrationInfo;
  const credentialId = isoBase64URL.fromBuffer(info.credentialID);
  if (await ctx.db.passkey.findUnique({ where: { credentialId }, select: { id: true } })) throw new InvalidInputError(t("services.accountsPasskeyAlreadyRegistered"));
  const passkey = await ctx.db.passkey.create({
    data: {
      userId: member.id,
      credentialId,
      publicKey: isoBase64URL.fromBuffer(info.credentialPublicKey),
      counter: info.counter,
      transports: data.response.response.transports?.join(",") || null,
      name: data.name,
    },
  });
  const ended = await endOtherSessions(ctx.db, member.id, ctx.sessionId);
  logSecurityEvent(member.id, "thêm passkey", { ip: ctx.ip, passkey: passkey.id, endedSessions: ended });
  return { id: passkey.id, name: passkey.name };
}

export async function removePasskey(viewer: Viewer | null, input: unknown, ctx: TwoFactorCtx): Promise<void> {
  const member = await loadSelf(ctx.db, viewer);
  const { id } = parseInput(z.object({ id: z.coerce.number({ error: () => t("services.accountsPasskeyIdInvalid") }).int().positive({ error: () => t("services.accountsPasskeyIdInvalid") }) }), input);
  // Only one's own: another member's id simply matches nothing.
  const { count } = await ctx.db.passkey.deleteMany({ where: { id, userId: member.id } });
  if (count === 0) throw new NotFoundError(t("services.accountsPasskeyNotFound"));
  logSecurityEvent(member.id, "xóa passkey", { ip: ctx.ip, passkey: id });
}

// — Logging in ——————————————————————————————————————————————————————————

const loginOptionsSchema = z.object({ pending: z.string().min(20).max(200).optional() });

/**
 * Options for navigator.credentials.get(). Without `pending`: a passwordless
 * login, any discoverable passkey, user verification required (the device's
 * PIN or biometric is the second factor). With it: the second step, limited to
 * the pending member's passkeys.
 */
export async function passkeyLoginOptions(db: Db, input: unknown, ctx: { rp: RelyingParty; now?: Date }) {
  const { pending } = parseInput(loginOptionsSchema, input);
  if (pending) {
    const userId = await pendingMember(db, pending, ctx.now);
    if (!userId) throw new InvalidInputError(PENDING_EXPIRED(), { pending: PENDING_EXPIRED() });
    const keys = await db.passkey.findMany({ where: { userId }, select: { credentialId: true, transports: true } });
    if (keys.length === 0) throw new InvalidInputError(t("services.accountsNoPasskeys"));
    const options = await generateAuthenticationOptions({
      rpID: ctx.rp.rpID,
      userVerification: "preferred",
      allowCredentials: keys.map((p) => ({ id: isoBase64URL.toBuffer(p.credentialId), type: "public-key", transports: transportsOf(p.transports) })),
    });
    await storeChallenge(db, "second-step", options.challenge, userId, ctx.now);
    return options;
  }
  const options = await generateAuthenticationOptions({ rpID: ctx.rp.rpID, userVerification: "required" });
  await storeChallenge(db, "login", options.challenge, null, ctx.now);
  return options;
}

/** Verifies a passkey's answer; returns the member to log in. Spends the challenge (and the pending token on the second step). */
export async function verifyPasskeyLogin(db: Db, input: unknown, ctx: { rp: RelyingParty; ip: string; now?: Date }): Promise<{ userId: number }> {
  const data = parseInput(z.object({ pending: z.string().min(20).max(200).optional(), response: authenticationResponseSchema }), input);
  const pendingUserId = data.pending ? await pendingMember(db, data.pending, ctx.now) : null;
  if (data.pending && !pendingUserId) throw new InvalidInputError(PENDING_EXPIRED(), { pending: PENDING_EXPIRED() });
  const challenge = challengeOf(data.response.response.clientDataJSON);
  const purpose = pendingUserId ? "second-step" : "login";
  if (!challenge || !(await consumeChallenge(db, purpose, challenge, pendingUserId, ctx.now))) throw new InvalidInputError(INVALID());

  const passkey = await db.passkey.findUnique({ where: { credentialId: data.response.id } });
  if (!passkey) throw new InvalidInputError(UNKNOWN());
  if (pendingUserId && passkey.userId !== pendingUserId) throw new InvalidInputError(UNKNOWN());
  const reservation = pendingUserId ? await reserveSecondStepAttempt(db, pendingUserId, ctx) : null;
  let verification;
  try {
    verification = await verifyAuthenticationResponse({
      response: data.response as unknown as AuthenticationResponseJSON,
      expectedChallenge: challenge,
      expectedOrigin: ctx.rp.origin,
      expectedRPID: ctx.rp.rpID,
      requireUserVerification: !pendingUserId,
      authenticator: {
        credentialID: isoBase64URL.toBuffer(passkey.credentialId),
        credentialPublicKey: isoBase64URL.toBuffer(passkey.publicKey),
        counter: passkey.counter,
        transports: transportsOf(passkey.transports),
      },
    });
  } catch {
    throw new InvalidInputError(INVALID());
  }
  if (!verification.verified) throw new InvalidInputError(INVALID());
  await reservation?.release();
  await db.passkey.update({
    where: { id: passkey.id },
    data: { counter: verification.authenticationInfo.newCounter, lastUsedAt: ctx.now ?? new Date() },
  });
  if (data.pending && !(await finishPendingLogin(db, data.pending, ctx.now))) throw new InvalidInputError(PENDING_EXPIRED(), { pending: PENDING_EXPIRED() });
  return { userId: passkey.userId };
}
