// Solves a form's proof-of-work challenge the way the altcha widget does in
// the browser, and returns the fields a form sends with it.
import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { issueFormChallenge, type ChallengePurpose } from "@/lib/spam/form-challenge";

export async function solve(altchaJson: string): Promise<string> {
  const challenge = JSON.parse(altchaJson);
  const solution = await solveChallenge({ challenge, deriveKey });
  return Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
}

/** A fresh challenge, solved: `{ formChallenge, altcha }` to spread into a form's input. */
export async function solvedChallenge(purpose: ChallengePurpose): Promise<{ formChallenge: string; altcha: string }> {
  // Signed with ALTCHA_HMAC_KEY or a key derived from AUTH_SECRET; the server always has one.
  if (!process.env.ALTCHA_HMAC_KEY && !process.env.AUTH_SECRET) process.env.ALTCHA_HMAC_KEY = "test-only-challenge-key";
  const issued = await issueFormChallenge(purpose);
  return { formChallenge: issued.token, altcha: await solve(issued.altcha) };
}
