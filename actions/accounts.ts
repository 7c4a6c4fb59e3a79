"use server";
// Account actions: logging in and out, registration, the password and setup
// links, and the member's own settings (/account). Each is made with
// lib/next/action.ts and calls a service of lib/accounts in the house
// contract `(viewer, input, ctx)`. Signing in (setting the session cookie)
// is next-auth's: the services answer with a single-use login ticket that
// is handed to it here.
import { requestAccountDeletion } from "@/lib/accounts/account-deletion";
import { checkLogin, INVALID_LOGIN } from "@/lib/accounts/log-in";
import { endAllSessions, setDisplayName, setEmail, setPassword } from "@/lib/accounts/manage-account";
import { challengeKept, registerAccount, returnPathAfterRegistering } from "@/lib/accounts/register-member";
import { issueFormChallenge } from "@/lib/spam/form-challenge";
import { SCREENED_FIELDS } from "@/lib/spam/screened-fields";
import { sendPasswordResetLink } from "@/lib/accounts/request-password-reset";
import { resendVerificationMail } from "@/lib/accounts/resend-verification";
import { chooseNewPassword } from "@/lib/accounts/reset-password";
import { endCurrentSession } from "@/lib/accounts/sessions";
import { createFirstAdministrator } from "@/lib/accounts/setup-admin";
import { enabledOAuthProviders, type OAuthProviderId } from "@/lib/auth-providers";
import { echo, field, fields, formAction, plainAction } from "@/lib/next/action";
import { signIn, signOut } from "@/lib/next/auth";
import { afterLoginPath, signInWith as signInTicket } from "@/lib/next/sign-in";
import { expireMemberAppearances } from "@/lib/next/expire";
import { setPendingCookie } from "@/lib/next/pending-login-cookie";
import { currentSessionId } from "@/lib/next/session";
import { threadsShowingMember } from "@/lib/forum/member-threads";
import { contextDb, contextIp } from "@/lib/service-context";
import type { FormState } from "@/lib/validation/form-contract";
import { t } from "@/lib/i18n/text";

const returnPath = afterLoginPath;
const signInWith = (ticket: string, redirectTo: string) => signInTicket(ticket, redirectTo, INVALID_LOGIN());

export const logIn = formAction({
  input: (form) => fields(form, ["identifier", "password", "callbackUrl"]),
  values: (input) => echo(input, ["identifier", "callbackUrl"]),
  service: checkLogin,
  answer: async (outcome, { callbackUrl }) => {
    if ("secondStep" in outcome) {
      await setPendingCookie(outcome.secondStep);
      return `/login/two-factor?callbackUrl=${encodeURIComponent(returnPath(callbackUrl))}`;
    }
    return signInWith(outcome.ticket, outcome.deletion === "cancelled" ? "/account?notice=deletion-cancelled" : returnPath(callbackUrl));
  },
});

export async function logInWithProvider(form: FormData): Promise<void> {
  // Not a service call: next-auth sends the browser to the provider, and
  // lib/next/auth.ts checks the member when it comes back.
  const provider = field(form, "provider") as OAuthProviderId;
  if (!enabledOAuthProviders().includes(provider)) return;
  await signIn(provider, { redirectTo: returnPath(field(form, "callbackUrl")) });
}

export const register = formAction({
  input: (form) => fields(form, ["displayName", "username", "email", "password", "callbackUrl", ...SCREENED_FIELDS]),
  // The challenge token goes back with every answer: the same one while it is
  // unspent, a fresh one (with its proof-of-work puzzle) once it was used.
  values: (input) => echo(input, ["displayName", "username", "email", "formChallenge", "callbackUrl"]),
  service: registerAccount,
  // The page the member came from rides along, so logging in returns there too.
  answer: ({ mailSent, held, heldForApproval }, { callbackUrl }) => {
    const back = returnPathAfterRegistering(callbackUrl);
    const notice = heldForApproval ? "held-approval" : held ? "held" : mailSent ? "registered" : "registered-nomail";
    return `/login?notice=${notice}${back ? `&callbackUrl=${encodeURIComponent(back)}` : ""}`;
  },
  refused: async (state, _input, error) => {
    if (challengeKept(error)) return state;
    const next = await issueFormChallenge("register");
    return { ...state, values: { ...state.values, formChallenge: next.token }, data: { ...state.data, altcha: next.altcha } };
  },
});

export const forgotPassword = formAction({
  input: (form) => fields(form, ["email"]),
  values: (input) => echo(input, ["email"]),
  service: sendPasswordResetLink,
  // The same words whether or not the address has an account.
  answer: ({ email }, input): FormState => ({
    status: "success",
    message: t("services.accountsResetLinkSent", { email }),
    values: echo(input, ["email"]),
  }),
});

export const setNewPassword = formAction({
  input: (form) => fields(form, ["token", "password", "passwordConfirm"]),
  service: chooseNewPassword,
  answer: () => "/login?notice=reset",
});

export const createFirstAdmin = formAction({
  input: (form) => fields(form, ["token", "displayName", "username", "email", "password"]),
  values: (input) => echo(input, ["displayName", "username", "email"]),
  service: createFirstAdministrator,
  // The new administrator is logged in straight away.
  answer: ({ ticket }) => signInWith(ticket, "/account?welcome=admin"),
});

export const updateDisplayName = formAction({
  input: (form) => fields(form, ["displayName"]),
  values: (input) => echo(input, ["displayName"]),
  loginFirst: "/account",
  service: setDisplayName,
  // The name is shown beside their posts and likes, on cached pages.
  expire: async ({ memberId }) => expireMemberAppearances(await threadsShowingMember(memberId)),
  answer: ({ displayName }): FormState => ({ status: "success", message: t("services.accountsDisplayNameChanged"), values: { displayName } }),
});

export const updatePassword = formAction({
  input: (form) => fields(form, ["currentPassword", "password", "passwordConfirm"]),
  loginFirst: "/account",
  service: setPassword,
  // Every session ended with the old password, this one too: renew it at once.
  answer: ({ ticket }) => signInWith(ticket, "/account?notice=password"),
});

export const updateEmail = formAction({
  input: (form) => fields(form, ["email", "currentPassword"]),
  values: (input) => echo(input, ["email"]),
  loginFirst: "/account",
  service: setEmail,
  answer: ({ email }, input): FormState => ({
    status: "success",
    message: t("services.accountsEmailChangeSent", { email }),
    values: echo(input, ["email"]),
  }),
});

export const logOutAllDevices = plainAction({
  input: () => ({}),
  loginFirst: "/account",
  service: endAllSessions,
  answer: () => signOut({ redirectTo: "/login?notice=everywhere" }),
});

/**
 * Logging out ends the session on the server — its Session row is deleted,
 * so the cookie is worthless even if a copy survives — then the cookie is
 * cleared and the browser goes home. Other browsers stay logged in.
 */
export const logOut = plainAction({
  input: () => ({}),
  service: async (viewer, _input, ctx) => endCurrentSession(viewer, { sessionId: await currentSessionId() }, ctx),
  answer: () => signOut({ redirectTo: "/" }),
});

export const resendVerificationEmail = formAction({
  input: () => ({}),
  service: resendVerificationMail,
  answer: ({ alreadyVerified }): FormState => ({
    status: "success",
    message: alreadyVerified ? t("services.accountsAlreadyVerified") : t("services.accountsVerificationResent"),
  }),
});

/**
 * "Xóa tài khoản" (lib/accounts/account-deletion.ts): the service
 * re-authenticates, ends every session and starts the grace period; this
 * browser's cookie is cleared too.
 */
export const deleteAccountAction = formAction({
  input: (form) => fields(form, ["mode", "password", "confirmUsername"]),
  values: (input) => echo(input, ["mode", "confirmUsername"]),
  loginFirst: "/account",
  service: async (viewer, input, ctx) => requestAccountDeletion(await contextDb(ctx), viewer, input, { ip: contextIp(ctx), sessionId: await currentSessionId() }),
  answer: async () => {
    await signOut({ redirect: false });
    return "/login?notice=deletion-requested";
  },
});
