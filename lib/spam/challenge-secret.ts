// The key that signs spam challenges (lib/spam/form-challenge.ts):
// ALTCHA_HMAC_KEY when set, else derived from AUTH_SECRET, which every way of
// starting the forum provides (scripts/lib/auth-secret.ts: the environment,
// or a secret generated once into data/). Derived, not reused as it is: a
// challenge signature can never double as anything next-auth signs.
import { createHmac } from "node:crypto";

export function challengeSecret(): string {
  const explicit = process.env.ALTCHA_HMAC_KEY?.trim();
  if (explicit) return explicit;
  const auth = process.env.AUTH_SECRET;
  if (!auth) throw new Error("ALTCHA_HMAC_KEY hoặc AUTH_SECRET cần được đặt để ký thử thách chống spam.");
  return createHmac("sha256", auth).update("banluan:altcha-hmac").digest("base64url");
}
