// A member's language (User.locale, issue 17): set by the member alone, one
// of the forum's languages, nothing else changes.
import { describe, expect, it } from "vitest";
import { createMember } from "@/lib/accounts/create-member";
import { setMemberLocale } from "@/lib/accounts/member-locale";
import { InvalidInputError } from "@/lib/errors";
import { ForbiddenError, type Viewer } from "@/lib/permissions";
import { useAccountTestEnv } from "../helpers/account-test-env";

const env = useAccountTestEnv();

async function member(n: number): Promise<Viewer> {
  const made = await createMember(env.db, { displayName: `Ngôn ngữ ${n}`, username: `ngonngu${n}`, email: `ngonngu${n}@example.vn`, password: "Rừng-thông-xanh-42", role: "member", emailVerified: true });
  if (!made.ok) throw new Error(JSON.stringify(made.errors));
  const u = made.user;
  return { id: u.id, username: u.username, displayName: u.displayName, role: "member", emailVerified: true, suspendedUntil: null, bannedAt: null, sanctionReason: null, createdAt: new Date() };
}

const localeOf = async (id: number) => (await env.db.user.findUniqueOrThrow({ where: { id }, select: { locale: true } })).locale;

describe("setMemberLocale", () => {
  it("saves English, then Vietnamese, for the member themselves", async () => {
    const m = await member(1);
    expect(await localeOf(m.id)).toBeNull();
    await expect(setMemberLocale(m, { locale: "en" }, { db: env.db })).resolves.toEqual({ locale: "en" });
    expect(await localeOf(m.id)).toBe("en");
    await expect(setMemberLocale(m, { locale: "vi" }, { db: env.db })).resolves.toEqual({ locale: "vi" });
    expect(await localeOf(m.id)).toBe("vi");
  });

  it("refuses a guest", async () => {
    await expect(setMemberLocale(null, { locale: "en" }, { db: env.db })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuses a language the forum does not have, in Vietnamese, and changes nothing", async () => {
    const m = await member(2);
    for (const locale of ["fr", "", "EN", "vi-VN", 42, null]) {
      const error = await setMemberLocale(m, { locale }, { db: env.db }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as Error).message).toBe("Hãy chọn một ngôn ngữ: Tiếng Việt hoặc English.");
    }
    expect(await localeOf(m.id)).toBeNull();
  });
});
