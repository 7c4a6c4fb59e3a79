// Who the forum is to WebAuthn: the RP ID (a domain, never an IP address) that
// passkeys are bound to, and the origin the browser must report. Set
// WEBAUTHN_RP_ID and WEBAUTHN_ORIGIN in production (docs/accounts.md); without
// them both come from AUTH_URL when it is set, otherwise from the request's
// Host header, which is what the browser itself used — so a development
// server on localhost works without configuration.
export type RelyingParty = { rpID: string; origin: string; rpName: string };

export const RP_NAME = "Bàn Luận";

export function relyingParty(headers: Headers, env: Record<string, string | undefined> = process.env): RelyingParty {
  let origin = env.WEBAUTHN_ORIGIN?.replace(/\/+$/, "");
  if (!origin && env.AUTH_URL) {
    try {
      origin = new URL(env.AUTH_URL).origin;
    } catch {
      origin = undefined;
    }
  }
  if (!origin) {
    const host = headers.get("host") ?? "localhost";
    const proto = env.TRUST_PROXY === "1" && headers.get("x-forwarded-proto") === "https" ? "https" : "http";
    origin = `${proto}://${host}`;
  }
  const rpID = env.WEBAUTHN_RP_ID || new URL(origin).hostname;
  return { rpID, origin, rpName: RP_NAME };
}
