// The account services that actions call follow the house contract
// `(viewer, input: unknown, ctx)`: they parse the raw form themselves and
// refuse with typed errors (lib/errors.ts) carrying the Vietnamese message
// and the per-field messages the form shows. The allowed case and the
// refused one, for each.
import { describe, expect, it } from "vitest";
import { createMember } from "@/lib/accounts/create-member";
import { checkLogin } from "@/lib/accounts/log-in";
import { endAllSessions, setDisplayName, setEmail, setPassword } from "@/lib/accounts/manage-account";
import { registerAccount } from "@/lib/accounts/register-member";
import { sendPasswordResetLink } from "@/lib/accounts/request-password-reset";
import { chooseNewPassword } from "@/lib/accounts/reset-password";
import { InvalidInputError, RateLimitedError } from "@/lib/errors";
import { ForbiddenError, type Viewer } from "@/lib/permissions";
import { useAccountTestEnv } from "../helpers/account-test-env";
import { solvedChallenge } from "../helpers/solve-challenge";

const PASSWORD = "Rừng-thông-xanh-42";
const env = useAccountTestEnv();

let n = 0;
async function member(): Promise<Viewer & { email: string }> {
  n++;
  const made = await createMember(env.db, { displayName: `Hợp đồng ${n}`, username: `hopdong${n}`, email: `hopdong${n}@example.vn`, password: PASSWORD, role: "member", emailVerified: true });
  if (!made.ok) throw new Error(JSON.stringify(made.errors));
  const u = made.user;
  return { id: u.id, username: u.username, displayName: u.displayName, role: "member", emailVerified: true, suspendedUntil: null, bannedAt: null, sanctionReason: null, createdAt: new Date(), email: u.email! };
}
let ips = 0;
const ctx = (ip = `198.51.100.${++ips % 250}`) => ({ db: env.db, ip });

describe("account services in the house contract", () => {
  it("checkLogin: a ticket for the right password; the same words for a wrong one and for nobody", async () => {
    const m = await member();
    await expect(checkLogin(null, { identifier: m.username, password: PASSWORD }, ctx())).resolves.toMatchObject({ ticket: expect.any(String) });
    const wrong = checkLogin(null, { identifier: m.username, password: "sai-mat-khau-day" }, ctx());
    await expect(wrong).rejects.toThrow(new InvalidInputError("Email/tên đăng nhập hoặc mật khẩu không đúng."));
    await expect(checkLogin(null, { identifier: "khong-ai-ca", password: PASSWORD }, ctx())).rejects.toThrow("Email/tên đăng nhập hoặc mật khẩu không đúng.");
  });

  it("checkLogin: input that is not a form is refused with a form error, not a crash", async () => {
    for (const input of [null, 42, "x", { identifier: ["a"], password: {} }]) {
      const refused = await checkLogin(null, input, ctx()).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(InvalidInputError);
      expect((refused as InvalidInputError).message).toBe("Vui lòng nhập đủ thông tin đăng nhập.");
    }
  });

  it("checkLogin: a throttled address gets a RateLimitedError that says when to retry", async () => {
    const m = await member();
    const ip = "203.0.113.77";
    let last: unknown;
    for (let i = 0; i < 12; i++) last = await checkLogin(null, { identifier: m.username, password: "sai-mat-khau-day" }, { db: env.db, ip }).catch((e: unknown) => e);
    expect(last).toBeInstanceOf(RateLimitedError);
    expect((last as Error).message).toMatch(/Vui lòng thử lại sau/);
  });

  it("registerAccount: field errors from the schema and for a taken username", async () => {
    const bad = await registerAccount(null, { displayName: "", username: "a", email: "không-phải-email", password: "ngan" }, ctx()).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(InvalidInputError);
    expect((bad as InvalidInputError).message).toBe("Vui lòng sửa các lỗi bên dưới.");
    expect(Object.keys((bad as InvalidInputError).fieldErrors).sort()).toEqual(["displayName", "email", "password", "username"]);
    const m = await member();
    const taken = await registerAccount(null, { displayName: "Người mới tinh", username: m.username, email: "moi-tinh@example.vn", password: "Một-mật-khẩu-dài-99", ...(await solvedChallenge("register")) }, ctx()).catch((e: unknown) => e);
    expect((taken as InvalidInputError).fieldErrors.username).toBeTruthy();
    await expect(registerAccount(null, { displayName: "Người mới hẳn", username: `moihan${n}`, email: `moihan${n}@example.vn`, password: "Một-mật-khẩu-dài-99", ...(await solvedChallenge("register")) }, ctx())).resolves.toEqual({ mailSent: true, held: false, heldForApproval: false });
    // Without the spam screen's challenge: refused, nothing stored.
    const unscreened = await registerAccount(null, { displayName: "Máy gửi hàng loạt", username: `mayguihl${n}`, email: `maygui${n}@example.vn`, password: "Một-mật-khẩu-dài-99" }, ctx()).catch((e: unknown) => e);
    expect(unscreened).toBeInstanceOf(InvalidInputError);
    expect(await env.db.user.count({ where: { username: `mayguihl${n}` } })).toBe(0);
  });

  it("setDisplayName / setPassword / setEmail / endAllSessions refuse a guest and check the current password", async () => {
    await expect(setDisplayName(null, { displayName: "Ai đó" }, ctx())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(endAllSessions(null, {}, ctx())).rejects.toBeInstanceOf(ForbiddenError);
    const m = await member();
    const name = `Tên mới ${m.id}`;
    await expect(setDisplayName(m, { displayName: name }, ctx())).resolves.toEqual({ displayName: name, memberId: m.id });
    const wrong = await setPassword(m, { currentPassword: "không-phải-nó-đâu", password: "Mật-khẩu-mới-toanh-99", passwordConfirm: "Mật-khẩu-mới-toanh-99" }, ctx()).catch((e: unknown) => e);
    expect((wrong as InvalidInputError).fieldErrors).toEqual({ currentPassword: "Mật khẩu hiện tại không đúng." });
    await expect(setPassword(m, { currentPassword: PASSWORD, password: "Mật-khẩu-mới-toanh-99", passwordConfirm: "Mật-khẩu-mới-toanh-99" }, ctx())).resolves.toMatchObject({ ticket: expect.any(String) });
    const same = await setEmail(m, { email: m.email, currentPassword: "Mật-khẩu-mới-toanh-99" }, ctx()).catch((e: unknown) => e);
    expect((same as InvalidInputError).fieldErrors.email).toBe("Đây đã là email của tài khoản.");
    const before = (await env.db.user.findUniqueOrThrow({ where: { id: m.id } })).sessionVersion;
    await endAllSessions(m, {}, ctx());
    expect((await env.db.user.findUniqueOrThrow({ where: { id: m.id } })).sessionVersion).toBe(before + 1);
  });

  it("sendPasswordResetLink answers alike for any address; chooseNewPassword refuses a bad link", async () => {
    await expect(sendPasswordResetLink(null, { email: "khong-ai@example.vn" }, ctx())).resolves.toEqual({ email: "khong-ai@example.vn" });
    await expect(sendPasswordResetLink(null, { email: "x" }, ctx())).rejects.toThrow("Vui lòng nhập một địa chỉ email hợp lệ.");
    await expect(chooseNewPassword(null, { token: "gia-mao", password: "Mật-khẩu-mới-toanh-99", passwordConfirm: "Mật-khẩu-mới-toanh-99" }, ctx())).rejects.toBeInstanceOf(InvalidInputError);
  });
});
