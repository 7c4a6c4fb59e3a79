// Finding a member by what they type to log in: an email (anything with "@")
// or a username. Emails are stored with the local part as typed; a login with a
// different letter case still finds the account when exactly one matches.
import type { Db } from "@/lib/db-client";
import { normaliseEmail, usernameKey } from "@/lib/validation/account";

export async function findMemberByEmail(db: Db, email: string) {
  const normalised = normaliseEmail(email);
  const exact = await db.user.findUnique({ where: { email: normalised } });
  if (exact) return exact;
  // lower() exists in SQLite and PostgreSQL alike.
  const rows = await db.$queryRaw<Array<{ id: number }>>`SELECT id FROM "User" WHERE lower(email) = lower(${normalised}) LIMIT 2`;
  if (rows.length !== 1) return null;
  return db.user.findUnique({ where: { id: Number(rows[0].id) } });
}

/** Whether another account already uses this email (ignoring letter case). */
export async function emailTaken(db: Db, email: string, exceptUserId?: number): Promise<boolean> {
  const rows = await db.$queryRaw<Array<{ id: number }>>`SELECT id FROM "User" WHERE lower(email) = lower(${normaliseEmail(email)})`;
  return rows.some((r) => Number(r.id) !== exceptUserId);
}

export async function findMemberByIdentifier(db: Db, identifier: string) {
  const value = identifier.trim();
  if (value.includes("@")) return findMemberByEmail(db, value);
  return db.user.findUnique({ where: { usernameKey: usernameKey(value) } });
}
