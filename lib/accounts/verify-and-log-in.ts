// Opening the verification link of a new account logs the member in, as
// XenForo does: the link is single-use, expires after 24 hours and was sent
// to the address being proven, so holding it is proof enough — in any
// browser, not only the one that registered (people register on a computer
// and open their mail on a phone). A used or expired link logs nobody in.
//
// The login itself goes through the same door as every other one: a
// single-use login ticket (lib/accounts/login-ticket.ts) that next-auth
// redeems, which re-checks ban, suspension and the approval hold, creates the
// Session row and sets the cookie with next-auth's flags. This service only
// decides whether a ticket is issued:
// - an account waiting for approval ("Đăng ký: cần duyệt", or held by the
//   spam rule) is verified but not logged in: "held", the page says it waits;
// - a member with two-step login (an old unverified account that set it up)
//   is not logged in by a mail link: the second step is never skipped;
// - a banned or suspended member is not logged in;
// - an e-mail change proves an address of a member who is usually logged in
//   already: it logs nobody in;
// - a browser already logged in as this member keeps its session (no second
//   row); one logged in as another member is not switched silently.
import type { Db } from "@/lib/db-client";
import { issueLoginTicket } from "./login-ticket";
import { activeSanction } from "./sanctions";
import { hasTwoFactor } from "./two-factor/status";
import { verifyEmail, type VerifyResult } from "./verify-email";

export type VerifyLinkOutcome = {
  /** What /verified says: verified, changed, held, or the token's problem. */
  status: "verified" | "changed" | "held" | Exclude<VerifyResult, { ok: true }>["problem"];
  callbackPath: string | null;
  /** A login ticket for next-auth when the link logs this browser in. */
  ticket: string | null;
  /** Logged in already as this member in this browser: go on without a new session. */
  alreadyLoggedIn: boolean;
};

export async function verifyAndLogIn(db: Db, rawToken: string, browserMemberId: number | null, now: Date = new Date()): Promise<VerifyLinkOutcome> {
  const result = await verifyEmail(db, rawToken, now);
  if (!result.ok) return { status: result.problem, callbackPath: null, ticket: null, alreadyLoggedIn: false };
  if (result.changed) return { status: "changed", callbackPath: null, ticket: null, alreadyLoggedIn: false };
  const member = await db.user.findUnique({ where: { id: result.userId } });
  if (!member) return { status: "invalid", callbackPath: null, ticket: null, alreadyLoggedIn: false };
  if (member.heldAt) return { status: "held", callbackPath: null, ticket: null, alreadyLoggedIn: false };
  const base = { status: "verified" as const, callbackPath: result.callbackPath };
  if (browserMemberId === member.id) return { ...base, ticket: null, alreadyLoggedIn: true };
  if (browserMemberId !== null || member.deletedAt || activeSanction(member, now) || (await hasTwoFactor(db, member.id))) {
    return { ...base, ticket: null, alreadyLoggedIn: false };
  }
  return { ...base, ticket: await issueLoginTicket(db, member.id, now), alreadyLoggedIn: false };
}
