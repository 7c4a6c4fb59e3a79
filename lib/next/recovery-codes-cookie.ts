// Recovery codes are shown once, right after they are made. A server action
// cannot hand them to the page it redirects to except through the browser, so
// they ride in an httpOnly cookie for this page only, sealed like the TOTP
// secret (the plain codes never sit in a cookie jar), for ten minutes at most
// or until the member presses "Tôi đã lưu các mã này". The server keeps only
// their hashes.
import "server-only";
import { cookies } from "next/headers";
import { openSecret, sealSecret } from "@/lib/accounts/two-factor/secret-box";

const NAME = "banluan-recovery-codes";
const PATH = "/account/security";
const secure = () => /^https:/.test(process.env.AUTH_URL ?? process.env.SITE_URL ?? "");

export async function showCodesOnce(codes: string[]): Promise<void> {
  (await cookies()).set(NAME, sealSecret(JSON.stringify(codes)), { httpOnly: true, sameSite: "strict", path: PATH, maxAge: 600, secure: secure() });
}

export async function codesToShow(): Promise<string[] | null> {
  const raw = (await cookies()).get(NAME)?.value;
  const opened = raw ? openSecret(raw) : null;
  if (!opened) return null;
  try {
    const codes = JSON.parse(opened) as unknown;
    return Array.isArray(codes) && codes.every((c) => typeof c === "string") ? (codes as string[]) : null;
  } catch {
    return null;
  }
}

export async function forgetCodes(): Promise<void> {
  (await cookies()).set(NAME, "", { httpOnly: true, sameSite: "strict", path: PATH, maxAge: 0, secure: secure() });
}
