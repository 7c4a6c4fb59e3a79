// Signing in with Google or GitHub. An OAuth identity maps to one member:
// - already linked → that member;
// - otherwise, if a member has the same email, link only when BOTH sides have
//   verified it (the provider says so, and the member verified it here). An
//   unverified local account with someone's address could have been
//   registered by anyone, and an unverified provider email proves nothing;
// - otherwise a new member, with no password, whose email counts as verified
//   only if the provider verified it.
// GitHub's profile does not say whether its email is verified, so GitHub never
// links by email (docs/configuration.md).
//
// A new member obeys the registration setting (Cài đặt → "Đăng ký thành
// viên", lib/site/site-settings.ts) as a form registration does: "closed"
// creates nobody ("registration-closed"; members already linked, or linked
// now through a verified email, still sign in), "approval" creates the
// account waiting for a moderator, logged under itself as a form
// registration is. A member waiting for approval is not signed in ("held"),
// whichever way they come.
import type { Db } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { slugify } from "@/lib/slug";
import { freeDisplayName } from "./display-name-key";
import { displayNameSchema, emailSchema, usernameKey, usernameSchema } from "@/lib/validation/account";
import { findMemberByEmail } from "./find-member";
import { logMemberHold } from "./log-member-hold";
import type { RegistrationMode } from "@/lib/site/site-settings";

export type OAuthIdentity = {
  provider: string;
  providerAccountId: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
};

export type OAuthSignInResult = { ok: true; userId: number } | { ok: false; reason: "email-in-use" | "no-identity" | "registration-closed" | "held" };

export async function resolveOAuthSignIn(
  db: Db,
  identity: OAuthIdentity,
  now: Date = new Date(),
  registration: RegistrationMode = "open",
): Promise<OAuthSignInResult> {
  const result = await resolveMember(db, identity, now, registration);
  if (!result.ok) return result;
  const member = await db.user.findUnique({ where: { id: result.userId }, select: { heldAt: true } });
  return member?.heldAt ? { ok: false, reason: "held" } : result;
}

async function resolveMember(db: Db, identity: OAuthIdentity, now: Date, registration: RegistrationMode): Promise<OAuthSignInResult> {
  if (!identity.providerAccountId) return { ok: false, reason: "no-identity" };
  const key = { provider: identity.provider, providerAccountId: identity.providerAccountId };
  const linked = await db.oAuthAccount.findUnique({ where: { provider_providerAccountId: key } });
  if (linked) return { ok: true, userId: linked.userId };

  const parsedEmail = identity.email ? emailSchema.safeParse(identity.email) : null;
  const email = parsedEmail?.success ? parsedEmail.data : null;
  if (email) {
    const existing = await findMemberByEmail(db, email);
    if (existing) {
      if (!identity.emailVerified || !existing.emailVerifiedAt) return { ok: false, reason: "email-in-use" };
      await linkAccount(db, existing.id, key);
      return { ok: true, userId: existing.id };
    }
  }

  if (registration === "closed") return { ok: false, reason: "registration-closed" };
  const held = registration === "approval";
  for (let attempt = 0; attempt < 5; attempt++) {
    // A provider's name is taken as it is only when no member's name looks like it.
    const { displayName, displayNameKey } = await freeDisplayName(db, pickDisplayName(identity.name, email));
    const username = await freeUsername(db, identity.name, email);
    try {
      const user = await db.$transaction(async (tx) => {
        const created = await tx.user.create({
          data: {
            username,
            usernameKey: usernameKey(username),
            displayName,
            displayNameKey,
            email,
            emailVerifiedAt: email && identity.emailVerified ? now : null,
            passwordHash: null,
            heldAt: held ? now : null,
            accounts: { create: key },
          },
        });
        if (held) await logMemberHold(tx, created.id, { approvalRequired: true, provider: identity.provider });
        return created;
      });
      return { ok: true, userId: user.id };
    } catch (error) {
      // A simultaneous registration took the name (or the email): try again.
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
      const raced = await db.oAuthAccount.findUnique({ where: { provider_providerAccountId: key } });
      if (raced) return { ok: true, userId: raced.userId };
      if (email && (await findMemberByEmail(db, email))) return { ok: false, reason: "email-in-use" };
    }
  }
  throw new Error("Không tạo được tên đăng nhập cho tài khoản OAuth.");
}

async function linkAccount(db: Db, userId: number, key: { provider: string; providerAccountId: string }) {
  await db.oAuthAccount.upsert({ where: { provider_providerAccountId: key }, create: { ...key, userId }, update: {} });
}

function pickDisplayName(name: string | null, email: string | null): string {
  for (const candidate of [name, email?.split("@")[0]]) {
    const parsed = displayNameSchema.safeParse(candidate ?? "");
    if (parsed.success) return parsed.data;
  }
  return "Thành viên mới";
}

/** "Nguyễn Văn A" → "nguyen.van.a", then "nguyen.van.a.2"… until free. */
async function freeUsername(db: Db, name: string | null, email: string | null): Promise<string> {
  const sources = [name, email?.split("@")[0], "thanh.vien"];
  let base = "thanh.vien";
  for (const source of sources) {
    if (!source) continue;
    const candidate = slugify(source ?? "", 24).replace(/-/g, ".").replace(/^\.+|\.+$/g, "");
    if (usernameSchema.safeParse(candidate).success) {
      base = candidate;
      break;
    }
  }
  for (let n = 1; n < 10_000; n++) {
    const username = n === 1 ? base : `${base}.${n}`;
    if (!(await db.user.findUnique({ where: { usernameKey: usernameKey(username) }, select: { id: true } }))) return username;
  }
  return `${base}.${Date.now()}`;
}
