"use server";
// /account/security actions: thin — read the form, build the context (the
// database, the address for throttles, this session, the relying party) and
// call the services in lib/accounts/two-factor/, which validate with zod and
// check the ability against the database.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { ceremonyRefusal, type CeremonyAnswer } from "@/lib/accounts/two-factor/ceremony-answer";
import type { TwoFactorCtx } from "@/lib/accounts/two-factor/context";
import { beginTotpSetup, cancelTotpSetup, confirmTotpSetup, disableTwoFactor, regenerateRecoveryCodes } from "@/lib/accounts/two-factor/manage-totp";
import { passkeyRegistrationOptions, registerPasskey, removePasskey } from "@/lib/accounts/two-factor/passkeys";
import { relyingParty } from "@/lib/accounts/two-factor/relying-party";
import { currentSessionId, getViewer, requestIp } from "@/lib/next/session";
import { formFields, type FormState } from "@/lib/validation/form-state";
import { toFormError } from "@/lib/validation/to-form-error";
import { forgetCodes, showCodesOnce } from "./codes-cookie";

const HERE = "/account/security";

async function viewerOrLogin() {
  const viewer = await getViewer();
  if (!viewer) redirect(`/login?callbackUrl=${encodeURIComponent(HERE)}`);
  return viewer;
}

async function context(): Promise<TwoFactorCtx> {
  return { db, ip: await requestIp(), sessionId: await currentSessionId(), rp: relyingParty(await headers()) };
}

export async function beginTotpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const viewer = await viewerOrLogin();
  try {
    await beginTotpSetup(viewer, formFields(formData, ["currentPassword"]), await context());
  } catch (error) {
    return toFormError(error, {});
  }
  redirect(`${HERE}?setup=scan`);
}

export async function confirmTotpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const viewer = await viewerOrLogin();
  let codes: string[];
  try {
    codes = await confirmTotpSetup(viewer, formFields(formData, ["code"]), await context());
  } catch (error) {
    return toFormError(error, {});
  }
  await showCodesOnce(codes);
  redirect(`${HERE}?notice=enabled`);
}

export async function cancelTotpAction(): Promise<void> {
  const viewer = await viewerOrLogin();
  await cancelTotpSetup(viewer, await context());
  redirect(HERE);
}

export async function regenerateCodesAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const viewer = await viewerOrLogin();
  let codes: string[];
  try {
    codes = await regenerateRecoveryCodes(viewer, formFields(formData, ["currentPassword", "code"]), await context());
  } catch (error) {
    return toFormError(error, {});
  }
  await showCodesOnce(codes);
  redirect(`${HERE}?notice=codes`);
}

export async function disableTwoFactorAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const viewer = await viewerOrLogin();
  try {
    await disableTwoFactor(viewer, formFields(formData, ["currentPassword", "code"]), await context());
  } catch (error) {
    return toFormError(error, {});
  }
  await forgetCodes();
  redirect(`${HERE}?notice=disabled`);
}

export async function dismissCodesAction(): Promise<void> {
  await forgetCodes();
  redirect(HERE);
}

export async function removePasskeyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const viewer = await viewerOrLogin();
  try {
    await removePasskey(viewer, formFields(formData, ["id"]), await context());
  } catch (error) {
    return toFormError(error, {});
  }
  redirect(`${HERE}?notice=passkey-removed`);
}

// — The passkey ceremony (JSON from passkey-register.tsx) ——————————————————

const refusal = (error: unknown) => ceremonyRefusal(error, "Không đăng ký được passkey. Vui lòng thử lại.");

export async function passkeyRegistrationOptionsAction(input: unknown): Promise<CeremonyAnswer<unknown>> {
  const viewer = await getViewer();
  try {
    return { ok: true, value: await passkeyRegistrationOptions(viewer, input, await context()) };
  } catch (error) {
    return refusal(error);
  }
}

export async function registerPasskeyAction(input: unknown): Promise<CeremonyAnswer<{ name: string }>> {
  const viewer = await getViewer();
  try {
    const passkey = await registerPasskey(viewer, input, await context());
    return { ok: true, value: { name: passkey.name } };
  } catch (error) {
    return refusal(error);
  }
}
