// The spam screen a form goes through before its real work: the honeypot,
// then the challenge (lib/spam/form-challenge.ts). One function, so the
// registration form and the posting forms screen the same way.
import type { Db } from "@/lib/db-client";
import { hashIp } from "@/lib/ip-hash";
import { challengeMessage, verifyFormChallenge, type ChallengePurpose } from "./form-challenge";
import { HONEYPOT_FIELD, HONEYPOT_MESSAGE, honeypotFilled, logHoneypot } from "./honeypot";
import { t } from "@/lib/i18n/text";

export type ScreenedFields = { website?: unknown; formChallenge?: unknown; altcha?: unknown };

export type ScreenResult =
  | { ok: true }
  /** keepToken: the form may be sent again with the same token (only "too early": the wait counts from the first render). */
  | { ok: false; message: string; keepToken: boolean };

export function screenedFields(formData: FormData): ScreenedFields {
  return { website: formData.get(HONEYPOT_FIELD), formChallenge: formData.get("formChallenge"), altcha: formData.get("altcha") };
}
// HONEYPOT_FIELD and the two challenge fields are SCREENED_FIELDS (lib/spam/screened-fields.ts).

/** The same fields, from a service's input (an object read from the form by the action). */
export function screenedFromInput(input: unknown): ScreenedFields {
  if (!input || typeof input !== "object") return {};
  const { website, formChallenge, altcha } = input as Record<string, unknown>;
  return { website, formChallenge, altcha };
}

export async function screenForm(db: Db, fields: ScreenedFields, purpose: ChallengePurpose, ctx: { ip: string; now?: Date }): Promise<ScreenResult> {
  if (honeypotFilled(fields.website)) {
    logHoneypot(purpose, hashIp(ctx.ip));
    return { ok: false, message: HONEYPOT_MESSAGE(), keepToken: false };
  }
  const verdict = await verifyFormChallenge(db, { token: fields.formChallenge, altcha: fields.altcha }, purpose, ctx.now);
  if (verdict.ok) return { ok: true };
  return { ok: false, message: challengeMessage(verdict), keepToken: verdict.reason === "too-early" };
}
