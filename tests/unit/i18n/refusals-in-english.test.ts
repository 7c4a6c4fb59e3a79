// Issue 17: a refusal is made in the language of the request it answers
// (lib/i18n/text.ts reads the locale the server script stored for it), and
// stays Vietnamese — byte for byte — outside a request and on Vietnamese pages.
// Issue 20: a held new account is told why it waits, in the words of its hold.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { checkLogin } from "@/lib/accounts/log-in";
import { registerMember } from "@/lib/accounts/register-member";
import { db } from "@/lib/db";
import { InvalidInputError, NotFoundError, RateLimitedError } from "@/lib/errors";
import { createReply } from "@/lib/forum/create-reply";
import { requestLocaleStorage } from "@/lib/i18n/request-locale";
import { ForbiddenError } from "@/lib/permissions";
import { retryAfterMessage } from "@/lib/rate-limit";
import { parseInput } from "@/lib/validation/parse-input";
import { replySourceSchema } from "@/lib/validation/reply";
import { makeMember, makeThread, token } from "../forum/fixtures";

const inEnglish = <T>(run: () => T): T => requestLocaleStorage().run({ locale: "en", url: "/en/threads/x.1" }, run);
const inVietnamese = <T>(run: () => T): T => requestLocaleStorage().run({ locale: "vi", url: "/threads/x.1" }, run);

/** The error a promise is rejected with. */
async function refusal(promise: Promise<unknown>): Promise<Error & { fieldErrors?: Record<string, string> }> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a refusal");
}

const outbox = fs.mkdtempSync(path.join(os.tmpdir(), "banluan-outbox-"));
beforeAll(() => {
  vi.stubEnv("AUTH_SECRET", "unit-test-secret-0123456789abcdef");
  vi.stubEnv("MAIL_OUTBOX_DIR", outbox);
  vi.stubEnv("SMTP_URL", "");
});
afterAll(() => {
  vi.unstubAllEnvs();
  fs.rmSync(outbox, { recursive: true, force: true });
});

describe("refusals in the request's language", () => {
  it("a schema shared by form and server speaks the language of the parse, not of its import", () => {
    // zod 4 builds a result's error when it is first read: read it where it is parsed, as parseInput does.
    const message = () => replySourceSchema.safeParse("   ").error?.issues[0].message;
    expect(inEnglish(message)).toBe("You have not written anything to post.");
    // Outside a request and on a Vietnamese page: today's Vietnamese, unchanged.
    expect(message()).toBe("Bạn chưa viết gì để gửi.");
    expect(inVietnamese(message)).toBe("Bạn chưa viết gì để gửi.");
  });

  it("zod's own messages (rules without one of ours) follow the request too", () => {
    const schema = z.object({ n: z.string().max(2) });
    const english = inEnglish(() => schema.safeParse({ n: "abcd" }).error?.issues[0].message ?? "");
    const vietnamese = schema.safeParse({ n: "abcd" }).error?.issues[0].message ?? "";
    expect(english).toMatch(/too big/i);
    expect(vietnamese).not.toBe(english);
    expect(vietnamese).toMatch(/^Quá lớn/);
  });

  it("a service's refusal made inside an English request is English: a reply with nothing in it", async () => {
    const member = await makeMember();
    const thread = await makeThread();
    const input = { threadId: thread.id, source: " \n ", clientToken: token() };
    const english = await inEnglish(() => refusal(createReply(member, input)));
    expect(english).toBeInstanceOf(InvalidInputError);
    expect(english.message).toBe("You have not written anything to post.");
    expect(english.fieldErrors).toEqual({ source: "You have not written anything to post." });
    const vietnamese = await refusal(createReply(member, input));
    expect(vietnamese.message).toBe("Bạn chưa viết gì để gửi.");
    expect(vietnamese.fieldErrors).toEqual({ source: "Bạn chưa viết gì để gửi." });
  });

  it("the typed errors: a guest, a missing thread, the default messages", async () => {
    const thread = await makeThread();
    const guest = await inEnglish(() => refusal(createReply(null, { threadId: thread.id, source: "Xin chào", clientToken: token() })));
    expect(guest).toBeInstanceOf(ForbiddenError);
    expect(guest.message).toBe("You need to log in to reply.");
    const member = await makeMember();
    const missing = await inEnglish(() => refusal(createReply(member, { threadId: 987_654_321, source: "Xin chào", clientToken: token() })));
    expect(missing).toBeInstanceOf(NotFoundError);
    expect(missing.message).toBe("That thread does not exist.");
    expect(inEnglish(() => new ForbiddenError().message)).toBe("You do not have permission to do this.");
    expect(new ForbiddenError().message).toBe("Bạn không có quyền thực hiện thao tác này.");
    expect(inEnglish(() => new NotFoundError().message)).toBe("The content you asked for could not be found.");
    expect(() => inEnglish(() => parseInput(z.object({ postId: replySourceSchema }), {}))).toThrow(/^This reply is not valid\.$/);
  });

  it("the time to wait, with its clock, in both languages", () => {
    const now = new Date("2026-12-01T03:00:00Z");
    const retryAt = new Date(now.getTime() + 15 * 60_000);
    expect(retryAfterMessage(retryAt, now)).toBe("Vui lòng thử lại sau 15 phút (lúc 10:15).");
    expect(inEnglish(() => retryAfterMessage(retryAt, now))).toBe("Please try again in 15 minutes (at 10:15).");
    expect(inEnglish(() => retryAfterMessage(new Date(now.getTime() + 1_000), now))).toBe("Please try again in 1 second (at 10:00).");
    expect(retryAfterMessage(new Date(now.getTime() + 30_000), now)).toBe("Vui lòng thử lại sau 30 giây (lúc 10:00).");
    // A day's wait: the minutes as they always were, no thousands separator.
    expect(retryAfterMessage(new Date(now.getTime() + 1440 * 60_000), now)).toBe("Vui lòng thử lại sau 1440 phút (lúc 10:00).");
    expect(new RateLimitedError(inEnglish(() => retryAfterMessage(retryAt, now)), 900).message).toMatch(/^Please try again/);
  });
});

describe("a held new account is told why it waits (issue 20)", () => {
  let n = 0;
  const input = () => {
    n += 1;
    const id = `${n}${Math.random().toString(36).slice(2, 6)}`;
    return { displayName: `Người chờ duyệt ${id}`, username: `choduyet${id}`, email: `choduyet${id}@example.vn`, password: "Một-mật-khẩu-dài-99" };
  };

  it("registration mode “approval”: the account awaits approval, and nothing is said about the network", async () => {
    const fields = input();
    expect(await registerMember(db, fields, { ip: "203.0.113.60", hold: { after: 0, hours: 24 }, holdAll: true })).toMatchObject({ ok: true, held: true });
    const login = { identifier: fields.username, password: fields.password };
    const vietnamese = await refusal(checkLogin(null, login, { db, ip: "203.0.113.60" }));
    expect(vietnamese).toBeInstanceOf(ForbiddenError);
    expect(vietnamese.message).toBe("Tài khoản của bạn đang chờ ban điều hành duyệt. Bạn sẽ đăng nhập được khi tài khoản được duyệt.");
    expect(vietnamese.message).not.toMatch(/mạng/);
    const english = await inEnglish(() => refusal(checkLogin(null, login, { db, ip: "203.0.113.61" })));
    expect(english.message).toBe("Your account is awaiting approval by the moderators. You can log in once it is approved.");
  });

  it("held by the address rule: the message names the network, as before", async () => {
    const ip = "203.0.113.70";
    const rule = { after: 1, hours: 24 };
    expect(await registerMember(db, input(), { ip, hold: rule })).toMatchObject({ ok: true });
    const fields = input();
    expect(await registerMember(db, fields, { ip, hold: rule })).toMatchObject({ ok: true, held: true });
    const held = await refusal(checkLogin(null, { identifier: fields.username, password: fields.password }, { db, ip }));
    expect(held.message).toBe(
      "Tài khoản của bạn đang chờ ban điều hành duyệt, vì mạng bạn dùng vừa đăng ký nhiều tài khoản. Bạn sẽ đăng nhập được khi tài khoản được duyệt.",
    );
    const english = await inEnglish(() => refusal(checkLogin(null, { identifier: fields.username, password: fields.password }, { db, ip })));
    expect(english.message).toMatch(/because your network has just registered several accounts/);
  });
});
