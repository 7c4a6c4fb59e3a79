// Registration: a new member with an unverified email, then the verification
// mail. Throttled per network address so one client cannot mass-create accounts.
import type { Db } from "@/lib/db-client";
import { checkRateLimit, recordRateLimitHit, rules } from "@/lib/rate-limit";
import type { RegisterInput } from "@/lib/validation/account";
import { createMember, type DuplicateErrors } from "./create-member";
import { sendVerificationEmail, type MailResult } from "./send-verification-email";

export type RegisterResult =
  | { ok: true; userId: number; email: string; mail: MailResult }
  | { ok: false; errors: DuplicateErrors }
  | { ok: false; reason: "throttled"; retryAt: Date };

export async function registerMember(db: Db, input: RegisterInput, ctx: { ip: string; now?: Date }): Promise<RegisterResult> {
  const now = ctx.now ?? new Date();
  const rule = rules().registerIp;
  const limit = await checkRateLimit(db, rule, ctx.ip, now);
  if (limit.limited) return { ok: false, reason: "throttled", retryAt: limit.retryAt };

  const created = await createMember(db, { ...input, role: "member", emailVerified: false }, now);
  if (!created.ok) return created;
  // Only accounts actually created count towards the limit: typos in the form do not.
  await recordRateLimitHit(db, rule, ctx.ip, now);

  const mail = await sendVerificationEmail(db, created.user, input.email, { ip: ctx.ip, purpose: "verify", now });
  return { ok: true, userId: created.user.id, email: input.email, mail };
}
