// The httpOnly cookie that carries the pending second-step token from the
// password form to /login/two-factor (lib/accounts/two-factor/pending-login.ts).
// Scoped to /login and as short-lived as the token itself.
import "server-only";
import { cookies } from "next/headers";
import { PENDING_COOKIE, PENDING_TTL_SECONDS } from "@/lib/accounts/two-factor/pending-login";

const secure = () => /^https:/.test(process.env.AUTH_URL ?? process.env.SITE_URL ?? "");

export async function setPendingCookie(raw: string): Promise<void> {
  (await cookies()).set(PENDING_COOKIE, raw, { httpOnly: true, sameSite: "lax", path: "/login", maxAge: PENDING_TTL_SECONDS, secure: secure() });
}

export async function readPendingCookie(): Promise<string | undefined> {
  return (await cookies()).get(PENDING_COOKIE)?.value;
}

export async function clearPendingCookie(): Promise<void> {
  (await cookies()).set(PENDING_COOKIE, "", { httpOnly: true, sameSite: "lax", path: "/login", maxAge: 0, secure: secure() });
}
