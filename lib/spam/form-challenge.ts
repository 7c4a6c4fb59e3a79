// The proof-of-work challenge on registration (and, as a setting, on new
// members' posts), self-hosted: nothing leaves the forum.
//
// A form is rendered with two things, bound by one random id:
// - a signed *form token* (hidden field `formChallenge`): id, purpose, the
//   instant the form was rendered, an expiry;
// - an ALTCHA challenge (altcha-lib, PBKDF2) carrying the same id, which the
//   widget (/altcha/altcha.js, served from our own origin) solves in the
//   browser and posts as the `altcha` field.
//
// Accepted when the token is genuine, for this form, not expired, and either
// the ALTCHA solution verifies (JavaScript on) or, without a solution, the
// form was rendered at least FORM_WAIT_SECONDS ago (JavaScript off: the
// browser cannot compute, so the cost is the wait instead — a person filling
// in four fields takes longer than that anyway; a script must hold every
// attempt open that long). Either way the id is then spent: a row in
// SpentChallenge, so the same token or solution is refused the second time,
// on any instance sharing the database, until it would have expired anyway.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { createChallenge, randomInt, verifySolution, type Challenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import type { Db } from "@/lib/db-client";
import { challengeSecret } from "./challenge-secret";
import { t } from "@/lib/i18n/text";

export type ChallengePurpose = "register" | "post";

/** A form is good for this long after it was rendered. */
export const FORM_CHALLENGE_TTL_MS = 2 * 60 * 60_000;

/** Without JavaScript, the form is accepted this many seconds after it was rendered (env SPAM_FORM_WAIT_SECONDS). */
export function formWaitSeconds(): number {
  const raw = Number.parseInt(process.env.SPAM_FORM_WAIT_SECONDS ?? "", 10);
  return Number.isFinite(raw) && raw >= 0 ? raw : 5;
}

// PBKDF2/SHA-256 with 500 iterations per try and a counter drawn from
// 500–1 500: about a second in a browser (measured: 4.6 s for the double
// of it on this 2-core machine under test load), milliseconds to check.
const ALGORITHM = "PBKDF2/SHA-256";
const COST = 500;
const COUNTER_RANGE: [number, number] = [500, 1_500];

type TokenClaims = { id: string; p: ChallengePurpose; t: number; e: number };

export type IssuedChallenge = {
  /** The signed form token, for the hidden field `formChallenge`. */
  token: string;
  /** The ALTCHA challenge as JSON, for the widget's `challenge` attribute. */
  altcha: string;
};

export type ChallengeVerdict =
  | { ok: true; via: "pow" | "wait" }
  | { ok: false; reason: "missing" | "forged" | "expired" | "replayed" }
  | { ok: false; reason: "too-early"; waitSeconds: number };

function sign(body: string): string {
  return createHmac("sha256", challengeSecret()).update(`form-challenge:${body}`).digest("base64url");
}

export async function issueFormChallenge(purpose: ChallengePurpose, now: Date = new Date()): Promise<IssuedChallenge> {
  const id = randomBytes(18).toString("base64url");
  const expires = now.getTime() + FORM_CHALLENGE_TTL_MS;
  const claims: TokenClaims = { id, p: purpose, t: now.getTime(), e: expires };
  const body = Buffer.from(JSON.stringify(claims)).toString("base64url");
  const secret = challengeSecret();
  const challenge = await createChallenge({
    algorithm: ALGORITHM,
    cost: COST,
    counter: randomInt(...COUNTER_RANGE),
    deriveKey,
    data: { id, purpose },
    expiresAt: new Date(expires),
    hmacSignatureSecret: secret,
    hmacKeySignatureSecret: `${secret}:key`,
  });
  return { token: `${body}.${sign(body)}`, altcha: JSON.stringify(challenge) };
}

function readToken(raw: unknown): TokenClaims | null {
  if (typeof raw !== "string" || raw.length > 1_000) return null;
  const [body, signature, extra] = raw.split(".");
  if (!body || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const claims = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as TokenClaims;
    if (typeof claims.id !== "string" || typeof claims.t !== "number" || typeof claims.e !== "number") return null;
    return claims;
  } catch {
    return null;
  }
}

/** The widget's payload: base64 of { challenge, solution }; null when absent or unreadable. */
function readPayload(raw: unknown): { challenge: Challenge; solution: { counter: number; derivedKey: string } } | null | "garbled" {
  if (typeof raw !== "string" || raw.trim() === "") return null;
  if (raw.length > 10_000) return "garbled";
  try {
    const parsed = JSON.parse(Buffer.from(raw, "base64").toString("utf8"));
    if (!parsed?.challenge?.parameters || !parsed?.solution) return "garbled";
    return parsed;
  } catch {
    return "garbled";
  }
}

export async function verifyFormChallenge(
  db: Db,
  fields: { token: unknown; altcha: unknown },
  purpose: ChallengePurpose,
  now: Date = new Date(),
): Promise<ChallengeVerdict> {
  if (typeof fields.token !== "string" || fields.token === "") return { ok: false, reason: "missing" };
  const claims = readToken(fields.token);
  if (!claims || claims.p !== purpose) return { ok: false, reason: "forged" };
  if (claims.e <= now.getTime()) return { ok: false, reason: "expired" };

  const payload = readPayload(fields.altcha);
  let via: "pow" | "wait";
  if (payload === "garbled") return { ok: false, reason: "forged" };
  if (payload) {
    const secret = challengeSecret();
    let verified = false;
    try {
      const result = await verifySolution({
        challenge: payload.challenge,
        solution: payload.solution,
        deriveKey,
        hmacSignatureSecret: secret,
        hmacKeySignatureSecret: `${secret}:key`,
      });
      if (result.expired) return { ok: false, reason: "expired" };
      verified = result.verified;
    } catch {
      verified = false; // malformed parameters: as good as forged
    }
    // A genuine solution of another form's challenge proves nothing about this one.
    if (!verified || payload.challenge.parameters.data?.id !== claims.id) return { ok: false, reason: "forged" };
    via = "pow";
  } else {
    const ready = claims.t + formWaitSeconds() * 1000;
    if (now.getTime() < ready) return { ok: false, reason: "too-early", waitSeconds: Math.ceil((ready - now.getTime()) / 1000) };
    via = "wait";
  }
  return (await spend(db, claims.id, new Date(claims.e), now)) ? { ok: true, via } : { ok: false, reason: "replayed" };
}

/** Records the id as used; false if it already was (on this or any other instance). */
async function spend(db: Db, id: string, expiresAt: Date, now: Date): Promise<boolean> {
  // Spent ids that expired are refused by their expiry anyway: no need to keep them.
  await db.spentChallenge.deleteMany({ where: { expiresAt: { lt: now } } });
  try {
    await db.spentChallenge.create({ data: { id, expiresAt } });
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return false;
    throw error;
  }
}

/** What the member is told, in Vietnamese, when the challenge was not passed. */
export function challengeMessage(verdict: Exclude<ChallengeVerdict, { ok: true }>): string {
  switch (verdict.reason) {
    case "too-early":
      return t("services.spamTooFast", { seconds: verdict.waitSeconds });
    case "expired":
      return t("services.spamExpired");
    case "replayed":
      return t("services.spamUsed");
    default:
      return t("services.spamUnverified");
  }
}
