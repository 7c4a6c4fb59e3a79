// Registering from a thread brings the member back to it: the page they came
// from is kept by the verification link (AuthToken.callbackPath) and handed
// back when they verify; only same-site forum paths are kept.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { registerAccount, returnPathAfterRegistering } from "@/lib/accounts/register-member";
import { verifyEmail } from "@/lib/accounts/verify-email";
import { useAccountTestEnv } from "../helpers/account-test-env";
import { solvedChallenge } from "../helpers/solve-challenge";

const env = useAccountTestEnv();

describe("returnPathAfterRegistering", () => {
  it("keeps same-site forum paths only", () => {
    expect(returnPathAfterRegistering("/threads/chao-ban.12/page-2#post-5")).toBe("/threads/chao-ban.12/page-2#post-5");
    for (const bad of ["https://evil.example/x", "//evil.example", "/\\evil", "/login?callbackUrl=/x", "/register", "", null, 42, "javascript:alert(1)"]) {
      expect(returnPathAfterRegistering(bad)).toBeNull();
    }
  });
});

describe("the callback through registration and verification", () => {
  it("is stored with the verification token and returned when the member verifies", async () => {
    const n = Math.random().toString(36).slice(2, 7);
    const input = {
      displayName: `Người từ chủ đề ${n}`,
      username: `tuchude${n}`,
      email: `tuchude${n}@example.vn`,
      password: "Một-mật-khẩu-dài-99",
      callbackUrl: "/threads/mot-chu-de.7",
      ...(await solvedChallenge("register")),
    };
    await expect(registerAccount(null, input, { db: env.db, ip: "198.51.100.240" })).resolves.toEqual({ mailSent: true, held: false, heldForApproval: false });
    const user = await env.db.user.findUniqueOrThrow({ where: { username: input.username } });
    const token = await env.db.authToken.findFirstOrThrow({ where: { userId: user.id, purpose: "verify-email" } });
    expect(token.callbackPath).toBe("/threads/mot-chu-de.7");
    // The link's token, from the mail the outbox holds for this address.
    const mail = fs
      .readdirSync(env.outbox)
      .map((f) => fs.readFileSync(path.join(env.outbox, f), "utf8"))
      .find((text) => text.includes(input.email))!;
    // Quoted-printable: soft line breaks out, "=3D" back to "=".
    const plain = mail.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
    const link = plain.match(/token=([A-Za-z0-9_-]{43})/)![1];
    await expect(verifyEmail(env.db, link)).resolves.toEqual({ ok: true, changed: false, email: input.email, callbackPath: "/threads/mot-chu-de.7", userId: user.id });
  });

  it("keeps nothing from a foreign address", async () => {
    const n = Math.random().toString(36).slice(2, 7);
    const input = { displayName: `Người lạ ${n}`, username: `nguoila${n}`, email: `nguoila${n}@example.vn`, password: "Một-mật-khẩu-dài-99", callbackUrl: "https://evil.example/", ...(await solvedChallenge("register")) };
    await registerAccount(null, input, { db: env.db, ip: "198.51.100.241" });
    const user = await env.db.user.findUniqueOrThrow({ where: { username: input.username } });
    expect((await env.db.authToken.findFirstOrThrow({ where: { userId: user.id, purpose: "verify-email" } })).callbackPath).toBeNull();
  });
});
