// The account e-mails (verification, e-mail change, password reset, someone
// using your address) in the member's language and under the forum's
// configured name (issue 20: it was a hard-coded "Bàn Luận"); links of an
// English e-mail lead to /en pages. Vietnamese with the default name is the
// text it always was.
import fs from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import {
  changeEmailMessage,
  registrationAttemptMessage,
  resetPasswordMessage,
  verifyEmailMessage,
} from "@/lib/mail/account-messages";
import { DEFAULT_FORUM_NAME, forumNameFrom, memberMailLocale } from "@/lib/mail/mail-locale";
import { DEFAULT_SITE_SETTINGS } from "@/lib/site/site-settings";
import { requestPasswordReset } from "@/lib/accounts/request-password-reset";
import { useAccountTestEnv } from "../helpers/account-test-env";

const env = useAccountTestEnv();
const VI = { locale: "vi", forumName: DEFAULT_FORUM_NAME } as const;
const EN = { locale: "en", forumName: "Tech Talk VN" } as const;

describe("account e-mails", () => {
  it("Vietnamese with the default name: the same text as before the catalogs", () => {
    const mail = verifyEmailMessage("lan@example.vn", "Lan", "abc", VI);
    expect(mail.subject).toBe("Xác minh email của bạn tại Bàn Luận");
    expect(mail.text).toMatch(
      /^Chào Lan, cảm ơn bạn đã tham gia Bàn Luận\. Hãy xác minh địa chỉ email này để có thể đăng bài\.\n\nXác minh email:\nhttps?:\/\/[^/\s]+\/verify\?token=abc\n\nLiên kết có hiệu lực trong 24 giờ và chỉ dùng được một lần\. Nếu bạn không đăng ký, hãy bỏ qua thư này\.\n\n— Bàn Luận$/,
    );
    expect(mail.html).toContain('<p style="color:#555">Nếu nút không bấm được, hãy mở liên kết này: http');
    expect(mail.html).toContain("<p>— Bàn Luận</p>");
    expect(resetPasswordMessage("a@b.vn", "Lan", "t", VI).subject).toBe("Đặt lại mật khẩu Bàn Luận");
    expect(changeEmailMessage("a@b.vn", "Lan", "t", VI).subject).toBe("Xác nhận địa chỉ email mới tại Bàn Luận");
    const attempt = registrationAttemptMessage("a@b.vn", null, VI);
    expect(attempt.subject).toBe("Có người vừa dùng email của bạn tại Bàn Luận");
    expect(attempt.text).toMatch(/^Chào bạn, vừa có người dùng/);
    expect(attempt.text).toContain("Đăng nhập (hoặc chọn “Quên mật khẩu?” nếu bạn không nhớ mật khẩu):\nhttp");
  });

  it("English, under the configured name, with /en links, and no Vietnamese interface words", () => {
    const mails = [
      verifyEmailMessage("a@b.vn", "Lan", "abc", EN),
      changeEmailMessage("a@b.vn", "Lan", "abc", EN),
      resetPasswordMessage("a@b.vn", "Lan", "abc", EN),
      registrationAttemptMessage("a@b.vn", null, EN),
    ];
    expect(mails.map((m) => m.subject)).toEqual([
      "Verify your e-mail address at Tech Talk VN",
      "Confirm your new e-mail address at Tech Talk VN",
      "Reset your Tech Talk VN password",
      "Someone just used your e-mail address at Tech Talk VN",
    ]);
    expect(mails[0].text).toMatch(/^Hello Lan, thank you for joining Tech Talk VN\./);
    expect(mails[0].text).toMatch(/Verify e-mail address:\nhttps?:\/\/[^/\s]+\/en\/verify\?token=abc\n/);
    expect(mails[2].text).toMatch(/\/en\/reset-password\?token=abc/);
    expect(mails[3].text).toMatch(/^Hello there, someone just used/);
    expect(mails[3].text).toMatch(/\/en\/login\n/);
    for (const m of mails) {
      expect(m.text.endsWith("— Tech Talk VN")).toBe(true);
      expect(m.html).toContain("If the button does not work, open this link:");
      expect(`${m.subject}\n${m.text}\n${m.html}`).not.toMatch(/Bàn Luận|Chào|Liên kết|thư này|Xác minh|Đặt lại|Nếu/);
    }
  });

  it("reads the forum's name from the settings and the member's language from their account", async () => {
    const { db } = env;
    expect(DEFAULT_FORUM_NAME).toBe(DEFAULT_SITE_SETTINGS.forumName);
    expect(await forumNameFrom(db)).toBe("Bàn Luận");
    await db.setting.upsert({ where: { key: "forumName" }, create: { key: "forumName", value: JSON.stringify("Diễn đàn Xe") }, update: { value: JSON.stringify("Diễn đàn Xe") } });
    expect(await forumNameFrom(db)).toBe("Diễn đàn Xe");
    const user = await db.user.create({ data: { username: "mailen", usernameKey: "mailen", displayName: "Mai", email: "mai@example.vn", emailVerifiedAt: new Date(), locale: "en" } });
    expect(await memberMailLocale(db, user.id)).toEqual({ locale: "en", forumName: "Diễn đàn Xe" });
    // No account, outside a request: Vietnamese.
    expect(await memberMailLocale(db, null)).toEqual({ locale: "vi", forumName: "Diễn đàn Xe" });
  });

  it("a password reset for an English member goes out in English under the configured name", async () => {
    const { db, outbox } = env;
    await db.setting.upsert({ where: { key: "forumName" }, create: { key: "forumName", value: JSON.stringify("Diễn đàn Xe") }, update: { value: JSON.stringify("Diễn đàn Xe") } });
    await db.user.create({ data: { username: "resetvi", usernameKey: "resetvi", displayName: "Vy", email: "vy@example.vn", emailVerifiedAt: new Date() } });
    await db.user.create({ data: { username: "reseten", usernameKey: "reseten", displayName: "Ed", email: "ed@example.vn", emailVerifiedAt: new Date(), locale: "en" } });
    await requestPasswordReset(db, "vy@example.vn", { ip: "203.0.113.7" });
    await requestPasswordReset(db, "ed@example.vn", { ip: "203.0.113.8" });
    // Sent without waiting (the answer must not tell): read the outbox until both are there.
    const decoded = () =>
      Promise.all(
        fs.readdirSync(outbox).map(async (f) => {
          const m = await simpleParser(fs.readFileSync(path.join(outbox, f)));
          return `${m.subject}\n${m.to && !Array.isArray(m.to) ? m.to.text : ""}\n${m.text}`;
        }),
      );
    let mails: string[] = [];
    for (let i = 0; i < 100 && mails.length < 2; i++) {
      await new Promise((r) => setTimeout(r, 50));
      mails = await decoded();
    }
    const ed = mails.find((m) => m.includes("ed@example.vn"))!;
    const vy = mails.find((m) => m.includes("vy@example.vn"))!;
    expect(ed).toContain("Reset your Diễn đàn Xe password");
    expect(ed).toMatch(/\/en\/reset-password\?token=/);
    expect(vy).toContain("Đặt lại mật khẩu Diễn đàn Xe");
    expect(vy).not.toMatch(/\/en\/reset-password/);
  });
});
