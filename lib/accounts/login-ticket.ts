// The bridge between our login form and next-auth's Credentials provider.
//
// The form's server action does the real work (validation, throttling,
// password, sanctions) and, on success, issues a ticket: a single-use token
// valid for two minutes. next-auth's `authorize` accepts nothing but a ticket.
// So /api/auth/callback/credentials — a public endpoint — cannot be used to
// guess passwords around the throttle, and every way into a session (password
// login, password change, first-admin setup) goes through one check.
import type { Db } from "@/lib/db-client";
import { activeSanction } from "./sanctions";
import { consumeToken, issueToken } from "./tokens";

export function issueLoginTicket(db: Db, userId: number, now: Date = new Date()): Promise<string> {
  return issueToken(db, "login-ticket", { userId }, now);
}

export async function redeemLoginTicket(db: Db, raw: string, now: Date = new Date()) {
  const used = await consumeToken(db, "login-ticket", raw, now);
  if (!used.ok || !used.token.userId) return null;
  const member = await db.user.findUnique({ where: { id: used.token.userId } });
  // A ban between issue and redemption still wins.
  if (!member || activeSanction(member, now) || member.heldAt) return null;
  return member;
}
