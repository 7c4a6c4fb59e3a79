// Handing a login ticket to next-auth, which sets the session cookie and
// throws Next.js's redirect. Shared by every action that ends in a login
// (password, second step, passkey, first administrator, password change).
// Not a "use server" module: this must never be callable from a browser.
import "server-only";
import { AuthError } from "next-auth";
import { InvalidInputError } from "@/lib/errors";
import { safeReturnPath } from "@/lib/urls";
import { signIn } from "./auth";
import { t } from "@/lib/i18n/text";
import { inRequestLocale } from "./login-path";

/** Said when next-auth refuses a ticket (a ban between the check and the sign-in). */
export function loginRefused(): string {
  return t("services.loginRefused");
}

/** Sets the session cookie for a login ticket and throws Next's redirect to `redirectTo`. */
export async function signInWith(ticket: string, redirectTo: string, refused = loginRefused()): Promise<never> {
  try {
    // In the request's language: logging in at /en/login leads to the English page.
    await signIn("credentials", { ticket, redirectTo: inRequestLocale(redirectTo) });
  } catch (error) {
    // A ban between the check and the sign-in: next-auth refuses the ticket.
    if (error instanceof AuthError) throw new InvalidInputError(refused);
    throw error;
  }
  throw new InvalidInputError(refused);
}

/** Where to go after logging in: a same-site path only, and never back to the login or register page. */
export function afterLoginPath(value: unknown): string {
  const path = safeReturnPath(typeof value === "string" ? value : null, "/");
  return /^\/(login|register)(\/|\?|$)/.test(path) ? "/" : path;
}
