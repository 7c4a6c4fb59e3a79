// next-auth configuration: JWT sessions (no database adapter), the password
// login through single-use tickets (lib/accounts/login-ticket.ts), and Google /
// GitHub when configured.
//
// The JWT carries only the member id and the session version it was issued
// for. It is never trusted alone: lib/next/session.ts re-reads the member on every
// request and drops the session when the version moved on (log out
// everywhere, password reset or change) or the member is banned or suspended.
import "server-only";
import NextAuth, { type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { db } from "@/lib/db";
import { redeemLoginTicket } from "@/lib/accounts/login-ticket";
import { resolveOAuthSignIn } from "@/lib/accounts/oauth-sign-in";
import { getSiteSettings } from "@/lib/site/site-settings";
import { startPendingLogin } from "@/lib/accounts/two-factor/pending-login";
import { hasTwoFactor } from "@/lib/accounts/two-factor/status";
import { enabledOAuthProviders } from "@/lib/auth-providers";
import { settleDeletionOnLogin } from "@/lib/accounts/account-deletion";
import { endSession, SESSION_MAX_AGE_SECONDS, startSession } from "@/lib/accounts/sessions";

/** What our JWT holds (next-auth adds iat/exp/jti): member, session version, Session row. */
export type SessionClaims = { uid?: number; sv?: number; sid?: string };

function oauthProviders(): NextAuthConfig["providers"] {
  const enabled = enabledOAuthProviders();
  const providers: NextAuthConfig["providers"] = [];
  if (enabled.includes("google")) {
    providers.push(
      Google({
        clientId: process.env.AUTH_GOOGLE_ID,
        clientSecret: process.env.AUTH_GOOGLE_SECRET,
        // Another OpenID Connect issuer speaking Google's protocol; the
        // journeys point it at a mock provider on loopback.
        ...(process.env.AUTH_GOOGLE_ISSUER ? { issuer: process.env.AUTH_GOOGLE_ISSUER } : {}),
      }),
    );
  }
  if (enabled.includes("github")) {
    providers.push(GitHub({ clientId: process.env.AUTH_GITHUB_ID, clientSecret: process.env.AUTH_GITHUB_SECRET }));
  }
  return providers;
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      id: "credentials",
      credentials: { ticket: {} },
      async authorize(credentials) {
        const ticket = typeof credentials?.ticket === "string" ? credentials.ticket : "";
        const member = await redeemLoginTicket(db, ticket);
        return member ? { id: String(member.id), name: member.displayName } : null;
      },
    }),
    ...oauthProviders(),
  ],
  callbacks: {
    async signIn({ account, profile }) {
      if (!account || account.type === "credentials") return true;
      const result = await resolveOAuthSignIn(
        db,
        {
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          email: typeof profile?.email === "string" ? profile.email : null,
          // Only an OpenID Connect provider's explicit claim counts (see oauth-sign-in.ts).
          emailVerified: account.type === "oidc" && profile?.email_verified === true,
          name: typeof profile?.name === "string" ? profile.name : null,
        },
        new Date(),
        // A new identity obeys "Đăng ký thành viên": open, approval or closed.
        (await getSiteSettings()).registrationMode,
      );
      if (!result.ok) return `/login?error=${result.reason}`;
      // A provider proves the identity, not the second factor: a member with
      // two-step login goes through it here too (no session until then). The
      // pending token rides in the URL — next-auth's redirect cannot set our
      // cookie — and alone it opens nothing (lib/accounts/two-factor/pending-login.ts).
      if (await hasTwoFactor(db, result.userId)) return `/login/two-factor?t=${encodeURIComponent(await startPendingLogin(db, result.userId))}`;
      return true;
    },
    async jwt({ token, user, account }) {
      if (!account) return token; // an existing session: nothing to add
      let memberId: number | null = null;
      if (account.type === "credentials") {
        memberId = Number(user?.id);
      } else {
        const link = await db.oAuthAccount.findUnique({
          where: { provider_providerAccountId: { provider: account.provider, providerAccountId: account.providerAccountId } },
        });
        memberId = link?.userId ?? null;
      }
      const member = memberId ? await db.user.findUnique({ where: { id: memberId }, select: { id: true, sessionVersion: true } }) : null;
      if (!member) return null; // no session rather than a session for nobody
      // Logging in cancels a pending account deletion; past its grace period it is carried out instead.
      if ((await settleDeletionOnLogin(db, member.id)) === "deleted") return null;
      // Only what the session check needs: no name, email or picture in the cookie.
      const claims: SessionClaims = { uid: member.id, sv: member.sessionVersion, sid: await startSession(db, member.id) };
      return claims;
    },
    session({ session, token }) {
      const claims = token as SessionClaims;
      return { expires: session.expires, memberId: claims.uid, sessionVersion: claims.sv, sessionId: claims.sid } as unknown as typeof session;
    },
  },
  events: {
    // Every way out (our "Đăng xuất" form, next-auth's own /api/auth/signout)
    // ends this browser's Session row, so the cookie is dead even if kept.
    async signOut(message) {
      const token = "token" in message ? (message.token as SessionClaims | null) : null;
      await endSession(db, token?.sid);
    },
  },
});
