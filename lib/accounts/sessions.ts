// One row per logged-in browser (Session). The session cookie is a JWT that
// names its row; the row is what keeps the session alive. Logging out deletes
// it, so a copy of that cookie stops working at once (a JWT alone stays
// valid until it expires), while the member's other browsers stay logged in.
// "Log out everywhere" still moves User.sessionVersion on, ending them all.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db-client";
import type { Viewer } from "@/lib/permissions";
import { contextDb, type ServiceContext } from "@/lib/service-context";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export async function startSession(db: Db, userId: number, now: Date = new Date()): Promise<string> {
  // The member's expired rows go when a new one comes: no sweeper needed.
  await db.session.deleteMany({ where: { userId, expiresAt: { lte: now } } });
  const id = randomBytes(32).toString("base64url");
  await db.session.create({ data: { id, userId, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) } });
  return id;
}

export async function endSession(db: Db, id: unknown): Promise<void> {
  if (typeof id !== "string" || id.length === 0) return;
  await db.session.deleteMany({ where: { id } });
}

/** "Đăng xuất" in this browser, in the house contract: the session named by this browser's cookie ends. */
export async function endCurrentSession(_viewer: Viewer | null, input: unknown, ctx: ServiceContext = {}): Promise<void> {
  const sessionId = (input as { sessionId?: unknown } | null)?.sessionId;
  await endSession(await contextDb(ctx), sessionId);
}
