// The first administrator. A fresh install has no account with a known
// password, so the first start prints a one-time link (/setup?token=…) that
// creates one. While no administrator exists, every start replaces the link
// (only a hash is stored, so an old one cannot be shown again); once one
// exists, the page is gone.
import type { Db } from "@/lib/db-client";
import { setupAdminFormSchema, type RegisterInput } from "@/lib/validation/account";
import { InvalidInputError } from "@/lib/errors";
import { ForbiddenError, type Viewer } from "@/lib/permissions";
import { contextDb, type ServiceContext } from "@/lib/service-context";
import { parseInput } from "@/lib/validation/parse-input";
import { issueLoginTicket } from "./login-ticket";
import { createMember, type DuplicateErrors } from "./create-member";
import { consumeToken, issueToken, peekToken, revokeTokens, TOKEN_PROBLEM_MESSAGES } from "./tokens";
import { t } from "@/lib/i18n/text";

export async function hasAdministrator(db: Db): Promise<boolean> {
  return (await db.user.count({ where: { role: "admin" } })) > 0;
}

/** A new setup token when there is no administrator yet (older ones stop working), else null. */
export async function prepareAdminSetup(db: Db, now: Date = new Date()): Promise<string | null> {
  if (await hasAdministrator(db)) {
    await revokeTokens(db, "setup-admin", null, now);
    return null;
  }
  await revokeTokens(db, "setup-admin", null, now);
  return issueToken(db, "setup-admin", {}, now);
}

export function setupPath(token: string): string {
  return `/setup?token=${encodeURIComponent(token)}`;
}

/** Whether /setup should exist for this token at all. */
export async function setupAvailable(db: Db, token: string, now: Date = new Date()): Promise<boolean> {
  if (await hasAdministrator(db)) return false;
  return (await peekToken(db, "setup-admin", token, now)).ok;
}

export type SetupResult =
  | { ok: true; userId: number }
  | { ok: false; errors: DuplicateErrors }
  | { ok: false; gone: true; message: string };

export async function completeAdminSetup(db: Db, token: string, input: RegisterInput, now: Date = new Date()): Promise<SetupResult> {
  if (await hasAdministrator(db)) return { ok: false, gone: true, message: t("services.accountsAdminExists") };
  const peek = await peekToken(db, "setup-admin", token, now);
  if (!peek.ok) return { ok: false, gone: true, message: TOKEN_PROBLEM_MESSAGES[peek.problem] };
  const created = await createMember(db, { ...input, role: "admin", emailVerified: true }, now);
  if (!created.ok) return created;
  // Used only once the account exists, so a typo in the form does not burn the link.
  const used = await consumeToken(db, "setup-admin", token, now);
  if (!used.ok) {
    // Someone completed the setup at the same instant: keep only the first administrator.
    await db.user.delete({ where: { id: created.user.id } });
    return { ok: false, gone: true, message: TOKEN_PROBLEM_MESSAGES[used.problem] };
  }
  return { ok: true, userId: created.user.id };
}

/** The one-time setup form, in the house contract: a login ticket for the new administrator. */
export async function createFirstAdministrator(_viewer: Viewer | null, input: unknown, ctx: ServiceContext = {}): Promise<{ ticket: string }> {
  const { token, ...fields } = parseInput(setupAdminFormSchema, input, t("services.accountsFixBelow"));
  const db = await contextDb(ctx);
  const result = await completeAdminSetup(db, token, fields, ctx.now);
  if (!result.ok) {
    if ("gone" in result) throw new ForbiddenError(result.message);
    throw new InvalidInputError(t("services.accountsFixBelow"), result.errors as Record<string, string>);
  }
  return { ticket: await issueLoginTicket(db, result.userId) };
}
