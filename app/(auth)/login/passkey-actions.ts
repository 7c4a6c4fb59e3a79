"use server";
// The passkey ceremony's two server round trips (called from the small client
// component passkey-button.tsx with JSON, validated by the services with zod):
// options with a stored challenge, then the browser's signed answer. Used for
// the passwordless login on /login and, with `pending`, for the second step.
import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { db } from "@/lib/db";
import { signIn } from "@/lib/next/auth";
import { ceremonyRefusal, type CeremonyAnswer } from "@/lib/accounts/two-factor/ceremony-answer";
import { issueLoginTicket } from "@/lib/accounts/login-ticket";
import { passkeyLoginOptions, verifyPasskeyLogin } from "@/lib/accounts/two-factor/passkeys";
import { relyingParty } from "@/lib/accounts/two-factor/relying-party";
import { requestIp } from "@/lib/next/session";
import { safeReturnPath } from "@/lib/urls";
import { clearPendingCookie, readPendingCookie } from "@/lib/next/pending-login-cookie";

const refusal = (error: unknown) => ceremonyRefusal(error, "Không xác thực được bằng passkey. Vui lòng thử lại.");

/** `secondStep`: use the pending token from this browser's cookie (the second step), else a passwordless login. */
export async function passkeyOptionsAction(secondStepArg: unknown): Promise<CeremonyAnswer<unknown>> {
  const secondStep = secondStepArg === true;
  try {
    const pending = secondStep ? await readPendingCookie() : undefined;
    if (secondStep && !pending) return { ok: false, message: "Bước xác thực thứ hai đã hết hạn. Vui lòng đăng nhập lại." };
    return { ok: true, value: await passkeyLoginOptions(db, { pending }, { rp: relyingParty(await headers()) }) };
  } catch (error) {
    return refusal(error);
  }
}

export async function passkeyLoginAction(input: { secondStep?: unknown; response?: unknown; callbackUrl?: unknown }): Promise<CeremonyAnswer<null>> {
  let userId: number;
  const secondStep = input?.secondStep === true;
  try {
    const pending = secondStep ? await readPendingCookie() : undefined;
    ({ userId } = await verifyPasskeyLogin(db, { pending, response: input?.response }, { rp: relyingParty(await headers()), ip: await requestIp() }));
  } catch (error) {
    return refusal(error);
  }
  if (secondStep) await clearPendingCookie();
  const back = safeReturnPath(typeof input?.callbackUrl === "string" ? input.callbackUrl : null, "/");
  try {
    await signIn("credentials", { ticket: await issueLoginTicket(db, userId), redirectTo: /^\/(login|register)(\/|\?|$)/.test(back) ? "/" : back });
  } catch (error) {
    if (error instanceof AuthError) return { ok: false, message: "Không đăng nhập được tài khoản này." };
    throw error; // Next's redirect
  }
  return { ok: false, message: "Không đăng nhập được tài khoản này." };
}
