"use server";
// The second step of a login (/login/two-factor): a code from the
// authenticator app or a recovery code; the passkey variant is in
// ../passkey-actions.ts. On success the pending token is spent and the login
// ticket issued, exactly as after a password without two-step login.
import { AuthError } from "next-auth";
import { db } from "@/lib/db";
import { signIn } from "@/lib/next/auth";
import { issueLoginTicket } from "@/lib/accounts/login-ticket";
import { completeSecondStep } from "@/lib/accounts/two-factor/second-step";
import { requestIp } from "@/lib/next/session";
import { safeReturnPath } from "@/lib/urls";
import { failed, formFields, typedValues, type FormState } from "@/lib/validation/form-state";
import { toFormError } from "@/lib/validation/to-form-error";
import { clearPendingCookie, readPendingCookie } from "@/lib/next/pending-login-cookie";

export async function completeSecondStepAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData, ["method", "callbackUrl", "pending"]);
  const fields = formFields(formData, ["pending", "method", "code"]);
  let result;
  try {
    result = await completeSecondStep(db, { ...fields, pending: fields.pending || (await readPendingCookie()) }, { ip: await requestIp() });
  } catch (error) {
    return toFormError(error, values);
  }
  await clearPendingCookie();
  const back = safeReturnPath(formData.get("callbackUrl"), "/");
  // After a recovery code the member is shown how many are left (and how to make new ones).
  const redirectTo = result.method === "recovery" ? "/account/security?notice=recovery-used" : /^\/login(\/|\?|$)/.test(back) ? "/" : back;
  try {
    await signIn("credentials", { ticket: await issueLoginTicket(db, result.userId), redirectTo });
  } catch (error) {
    // A ban between the password and the code: the ticket is refused.
    if (error instanceof AuthError) return failed("Không đăng nhập được tài khoản này.", values);
    throw error;
  }
  return failed("Không đăng nhập được tài khoản này.", values);
}
