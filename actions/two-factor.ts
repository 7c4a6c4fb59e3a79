"use server";
// Two-step login: the second step of a login (/login/two-factor), passkey
// logins, and the member's own settings on /account/security. The form
// actions are made with lib/next/action.ts like every other; the passkey
// ceremony's two round trips are called by script with JSON (the one part
// of the forum that needs JavaScript) and answer `{ ok, value | message }`.
// The services in lib/accounts/two-factor/ validate with zod and authorise.
import { ceremonyRefusal, type CeremonyAnswer } from "@/lib/accounts/two-factor/ceremony-answer";
import { issueLoginTicket } from "@/lib/accounts/login-ticket";
import { beginTotpSetup, cancelTotpSetup, confirmTotpSetup, disableTwoFactor, regenerateRecoveryCodes } from "@/lib/accounts/two-factor/manage-totp";
import { passkeyLoginOptions, passkeyRegistrationOptions, registerPasskey, removePasskey, verifyPasskeyLogin } from "@/lib/accounts/two-factor/passkeys";
import { completeSecondStep } from "@/lib/accounts/two-factor/second-step";
import { InvalidInputError } from "@/lib/errors";
import { fields, formAction, plainAction, type Service } from "@/lib/next/action";
import { clearPendingCookie, readPendingCookie } from "@/lib/next/pending-login-cookie";
import { forgetCodes, showCodesOnce } from "@/lib/next/recovery-codes-cookie";
import { getViewer, requestIp } from "@/lib/next/session";
import { afterLoginPath, loginRefused as loginRefusedMessage, signInWith } from "@/lib/next/sign-in";
import { twoFactorContext } from "@/lib/next/two-factor-context";
import { contextDb, type ServiceContext } from "@/lib/service-context";
import type { Viewer } from "@/lib/permissions";
import type { TwoFactorCtx } from "@/lib/accounts/two-factor/context";
import { t } from "@/lib/i18n/text";

const HERE = "/account/security";

/** A two-step service `(viewer, input, TwoFactorCtx)` in the wrapper's shape. */
function withTwoFactorContext<R>(service: (viewer: Viewer | null, input: unknown, ctx: TwoFactorCtx) => Promise<R>): Service<R> {
  return async (viewer, input, ctx: ServiceContext) => service(viewer, input, await twoFactorContext(ctx));
}

// — The second step of a login ————————————————————————————————————————

/** The code (or recovery code) checked against the pending token, then the login ticket. */
const passSecondStep: Service<{ ticket: string; method: string }> = async (_viewer, input, ctx) => {
  const db = await contextDb(ctx);
  const typed = input as { pending?: string };
  // Without a hidden field (the usual case) the token is in this browser's cookie.
  const result = await completeSecondStep(db, { ...typed, pending: typed.pending || (await readPendingCookie()) }, { ip: ctx.ip ?? "unknown" });
  return { ticket: await issueLoginTicket(db, result.userId), method: result.method };
};

export const completeSecondStepAction = formAction({
  input: (form) => fields(form, ["pending", "method", "code", "callbackUrl"]),
  values: ({ method, callbackUrl, pending }) => ({ method, callbackUrl, pending }),
  service: passSecondStep,
  answer: async ({ ticket, method }, { callbackUrl }) => {
    await clearPendingCookie();
    // After a recovery code the member is shown how many are left (and how to make new ones).
    return signInWith(ticket, method === "recovery" ? `${HERE}?notice=recovery-used` : afterLoginPath(callbackUrl));
  },
});

// — The member's own settings (/account/security) ————————————————————————

export const beginTotpAction = formAction({
  input: (form) => fields(form, ["currentPassword"]),
  loginFirst: HERE,
  service: withTwoFactorContext(beginTotpSetup),
  answer: () => `${HERE}?setup=scan`,
});

export const confirmTotpAction = formAction({
  input: (form) => fields(form, ["code"]),
  loginFirst: HERE,
  service: withTwoFactorContext<string[]>(confirmTotpSetup),
  answer: async (codes) => {
    await showCodesOnce(codes);
    return `${HERE}?notice=enabled`;
  },
});

export const cancelTotpAction = plainAction({
  input: () => ({}),
  loginFirst: HERE,
  service: withTwoFactorContext((viewer, _input, ctx) => cancelTotpSetup(viewer, ctx)),
  answer: () => HERE,
});

export const regenerateCodesAction = formAction({
  input: (form) => fields(form, ["currentPassword", "code"]),
  loginFirst: HERE,
  service: withTwoFactorContext<string[]>(regenerateRecoveryCodes),
  answer: async (codes) => {
    await showCodesOnce(codes);
    return `${HERE}?notice=codes`;
  },
});

export const disableTwoFactorAction = formAction({
  input: (form) => fields(form, ["currentPassword", "code"]),
  loginFirst: HERE,
  service: withTwoFactorContext(disableTwoFactor),
  answer: async () => {
    await forgetCodes();
    return `${HERE}?notice=disabled`;
  },
});

export const dismissCodesAction = plainAction({
  input: () => ({}),
  service: async () => forgetCodes(),
  answer: () => HERE,
});

export const removePasskeyAction = formAction({
  input: (form) => fields(form, ["id"]),
  loginFirst: HERE,
  service: withTwoFactorContext(removePasskey),
  answer: () => `${HERE}?notice=passkey-removed`,
});

// — The passkey ceremony (JSON, from the small client components) ——————————

const registrationRefused = (error: unknown) => ceremonyRefusal(error, t("services.accountsPasskeyRegisterFailed"));
const loginRefused = (error: unknown) => ceremonyRefusal(error, t("services.accountsPasskeyLoginFailed"));

export async function passkeyRegistrationOptionsAction(input: unknown): Promise<CeremonyAnswer<unknown>> {
  try {
    return { ok: true, value: await passkeyRegistrationOptions(await getViewer(), input, await twoFactorContext({ ip: await requestIp() })) };
  } catch (error) {
    return registrationRefused(error);
  }
}

export async function registerPasskeyAction(input: unknown): Promise<CeremonyAnswer<{ name: string }>> {
  try {
    const passkey = await registerPasskey(await getViewer(), input, await twoFactorContext({ ip: await requestIp() }));
    return { ok: true, value: { name: passkey.name } };
  } catch (error) {
    return registrationRefused(error);
  }
}

/** `secondStep`: use the pending token from this browser's cookie (the second step), else a passwordless login. */
export async function passkeyOptionsAction(secondStepArg: unknown): Promise<CeremonyAnswer<unknown>> {
  const secondStep = secondStepArg === true;
  try {
    const pending = secondStep ? await readPendingCookie() : undefined;
    if (secondStep && !pending) return { ok: false, message: t("services.accountsSecondStepExpired") };
    const ctx = await twoFactorContext({});
    return { ok: true, value: await passkeyLoginOptions(ctx.db, { pending }, { rp: ctx.rp! }) };
  } catch (error) {
    return loginRefused(error);
  }
}

export async function passkeyLoginAction(input: { secondStep?: unknown; response?: unknown; callbackUrl?: unknown }): Promise<CeremonyAnswer<null>> {
  const secondStep = input?.secondStep === true;
  let ticket: string;
  try {
    const pending = secondStep ? await readPendingCookie() : undefined;
    const ctx = await twoFactorContext({ ip: await requestIp() });
    const { userId } = await verifyPasskeyLogin(ctx.db, { pending, response: input?.response }, { rp: ctx.rp!, ip: ctx.ip });
    ticket = await issueLoginTicket(ctx.db, userId);
  } catch (error) {
    return loginRefused(error);
  }
  if (secondStep) await clearPendingCookie();
  try {
    return await signInWith(ticket, afterLoginPath(input?.callbackUrl)); // throws Next's redirect
  } catch (error) {
    if (error instanceof InvalidInputError) return { ok: false, message: loginRefusedMessage() };
    throw error;
  }
}
