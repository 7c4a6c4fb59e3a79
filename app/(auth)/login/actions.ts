"use server";
import { AuthError } from "next-auth";
import { db } from "@/lib/db";
import { signIn } from "@/lib/auth";
import { authenticateMember } from "@/lib/accounts/authenticate-member";
import { settleDeletionOnLogin } from "@/lib/accounts/account-deletion";
import { issueLoginTicket } from "@/lib/accounts/login-ticket";
import { startPendingLogin } from "@/lib/accounts/two-factor/pending-login";
import { hasTwoFactor } from "@/lib/accounts/two-factor/status";
import { redirect } from "next/navigation";
import { setPendingCookie } from "./two-factor/pending-cookie";
import { sanctionMessage } from "@/lib/accounts/sanctions";
import { enabledOAuthProviders, type OAuthProviderId } from "@/lib/auth-providers";
import { HELD_MESSAGE } from "@/lib/spam/registration-hold";
import { retryAfterMessage } from "@/lib/rate-limit";
import { requestIp } from "@/lib/session";
import { safeReturnPath } from "@/lib/urls";
import { loginSchema } from "@/lib/validation/account";
import { failed, formFields, invalid, typedValues, type FormState } from "@/lib/validation/form-state";

const INVALID_LOGIN = "Email/tên đăng nhập hoặc mật khẩu không đúng.";

/** Where to go after logging in: a same-site path only, and never back to the login page. */
function returnPath(value: FormDataEntryValue | null): string {
  const path = safeReturnPath(value, "/");
  return /^\/(login|register)(\/|\?|$)/.test(path) ? "/" : path;
}

export async function logIn(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData, ["identifier", "callbackUrl"]);
  const parsed = loginSchema.safeParse(formFields(formData, ["identifier", "password"]));
  if (!parsed.success) return invalid(parsed.error, values, "Vui lòng nhập đủ thông tin đăng nhập.");

  const result = await authenticateMember(db, parsed.data, { ip: await requestIp() });
  if (!result.ok) {
    if (result.reason === "throttled") {
      return failed(`Đăng nhập sai quá nhiều lần nên tạm thời bị chặn. ${retryAfterMessage(result.retryAt)}`, values);
    }
    if (result.reason === "sanctioned") return failed(sanctionMessage(result.sanction), values);
    if (result.reason === "held") return failed(HELD_MESSAGE, values);
    return failed(INVALID_LOGIN, values);
  }

  // Two-step login on: no ticket yet, only a pending token for /login/two-factor.
  if (await hasTwoFactor(db, result.userId)) {
    await setPendingCookie(await startPendingLogin(db, result.userId));
    redirect(`/login/two-factor?callbackUrl=${encodeURIComponent(returnPath(formData.get("callbackUrl")))}`);
  }

  // A pending account deletion: logging in takes it back; past its grace period it is done now.
  // (With two-step login the sign-in after the second step settles it: lib/auth.ts.)
  const deletion = await settleDeletionOnLogin(db, result.userId);
  if (deletion === "deleted") return failed(INVALID_LOGIN, values);
  const ticket = await issueLoginTicket(db, result.userId);
  try {
    // Sets the session cookie and throws Next's redirect (never caught here).
    await signIn("credentials", {
      ticket,
      redirectTo: deletion === "cancelled" ? "/account?notice=deletion-cancelled" : returnPath(formData.get("callbackUrl")),
    });
  } catch (error) {
    if (error instanceof AuthError) return failed(INVALID_LOGIN, values);
    throw error;
  }
  return failed(INVALID_LOGIN, values);
}

export async function logInWithProvider(formData: FormData): Promise<void> {
  const provider = formData.get("provider");
  if (!enabledOAuthProviders().includes(provider as OAuthProviderId)) return;
  await signIn(provider as OAuthProviderId, { redirectTo: returnPath(formData.get("callbackUrl")) });
}
