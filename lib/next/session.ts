// Who is asking: the session cookie, checked against the database on every
// request. A JWT alone never keeps a member in — it is only a claim "member N,
// session version V, Session row S", honoured while row S exists (logging
// out deletes it: lib/accounts/sessions.ts), the member still has version V
// (log out everywhere, password reset or change move it on) and is neither
// banned nor suspended. Role, name and verification come from the
// database too, so a change made a second ago applies to the next request.
import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { loginPath } from "./login-path";
import { cache } from "react";
import type { SessionClaims } from "@/lib/next/auth";
import { claimsFromCookies } from "./session-cookie";
import { activeSanction, type Sanction } from "@/lib/accounts/sanctions";
import { clientIp } from "@/lib/client-ip";
import { db } from "@/lib/db";
import { getSettings } from "@/lib/settings";
import { ROLES, type Role, type Viewer } from "@/lib/permissions";

export type SessionNotice = { kind: "sanctioned"; sanction: Sanction } | { kind: "ended" };

export type SessionState = {
  viewer: Viewer | null;
  notice: SessionNotice | null;
  /** The viewer's chosen language (User.locale), read with the session: every member page asks for it (lib/next/member-locale.ts). */
  locale?: string | null;
};

const memberFields = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  emailVerifiedAt: true,
  suspendedUntil: true,
  bannedAt: true,
  sanctionReason: true,
  createdAt: true,
  avatarUrl: true,
  sessionVersion: true,
  totp: { select: { confirmedAt: true } },
  heldAt: true,
  deletedAt: true,
  locale: true,
} as const;

/** What the session cookie claims; nothing is trusted until checked against the database. */
async function sessionClaims(): Promise<SessionClaims> {
  // Not next-auth's auth(): session-cookie.ts says why.
  return claimsFromCookies((await cookies()).getAll());
}

/** This browser's Session row id, for logging it out. */
export async function currentSessionId(): Promise<string | undefined> {
  return (await sessionClaims()).sid;
}

/** One session check (one database read) per request, however many components ask. */
export const getSessionState = cache(async (): Promise<SessionState> => {
  const claims = await sessionClaims();
  if (!claims.uid) return { viewer: null, notice: null };
  // The Session row and its member in one read. A cookie without a row
  // (logged out there, or issued before sessions had rows) is ended.
  // findFirst, not findUnique: Prisma gathers the findUnique calls of concurrent
  // requests into one query whose plan is new every time; this one's is kept
  // (lib/db/plan-cache.ts).
  const row = claims.sid
    ? await db.session.findFirst({ where: { id: claims.sid }, select: { userId: true, expiresAt: true, user: { select: memberFields } } })
    : null;
  const live = row && row.userId === claims.uid && row.expiresAt.getTime() > Date.now();
  const member = live ? row.user : null;
  // A held or deleted account has no session (neither can start one: belt and braces).
  if (!member || member.sessionVersion !== claims.sv || member.heldAt || member.deletedAt) return { viewer: null, notice: { kind: "ended" } };
  const sanction = activeSanction(member);
  if (sanction) return { viewer: null, notice: { kind: "sanctioned", sanction } };
  const role: Role = (ROLES as readonly string[]).includes(member.role) ? (member.role as Role) : "member";
  // Only staff are subject to the forum's two-step requirement: one settings read for them alone.
  const staffTwoFactorRequired = role !== "member" && (await getSettings()).requireStaffTwoFactor === 1;
  return {
    viewer: {
      id: member.id,
      username: member.username,
      displayName: member.displayName,
      role,
      emailVerified: member.emailVerifiedAt !== null,
      suspendedUntil: member.suspendedUntil,
      bannedAt: member.bannedAt,
      sanctionReason: member.sanctionReason,
      createdAt: member.createdAt,
      avatarUrl: member.avatarUrl,
      twoFactorEnabled: !!member.totp?.confirmedAt,
      staffTwoFactorRequired,
    },
    notice: null,
    locale: member.locale,
  };
});

export async function getViewer(): Promise<Viewer | null> {
  return (await getSessionState()).viewer;
}

/** Why a browser that holds a session cookie is treated as logged out, if it is. */
export async function getSessionNotice(): Promise<SessionNotice | null> {
  return (await getSessionState()).notice;
}

/** The viewer, or a redirect to the login page that comes back to `returnTo`. */
export async function requireViewer(returnTo: string): Promise<Viewer> {
  const viewer = await getViewer();
  // In the request's language: a guest on /en/account logs in at /en/login.
  if (!viewer) redirect(loginPath(returnTo));
  return viewer;
}

/** The client's address for rate limits (see lib/client-ip.ts for what is trusted). */
export async function requestIp(): Promise<string> {
  return clientIp(await headers());
}
