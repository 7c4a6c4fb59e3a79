import { describe, expect, it } from "vitest";
import { isCommonPassword, COMMON_PASSWORD_COUNT } from "@/lib/validation/common-passwords";
import {
  changePasswordSchema,
  createMemberSchema,
  displayNameSchema,
  emailSchema,
  loginSchema,
  normaliseEmail,
  registerSchema,
  resetPasswordSchema,
  usernameKey,
  usernameSchema,
} from "@/lib/validation/account";

const firstError = (r: { success: boolean; error?: { issues: Array<{ message: string }> } }) => r.error?.issues[0]?.message;

describe("email normalisation", () => {
  it("trims and lower-cases the domain, keeping the local part", () => {
    expect(normaliseEmail("  Ana.Tran@Example.COM \n")).toBe("Ana.Tran@example.com");
    expect(emailSchema.parse("  Ana.Tran@Example.COM ")).toBe("Ana.Tran@example.com");
  });
  it("refuses what is not an email, in Vietnamese", () => {
    expect(firstError(emailSchema.safeParse("khong-phai-email"))).toBe("Email không hợp lệ.");
    expect(firstError(emailSchema.safeParse("   "))).toBe("Vui lòng nhập email.");
    expect(firstError(emailSchema.safeParse(`${"a".repeat(250)}@x.vn`))).toBe("Email quá dài.");
  });
});

describe("username rules", () => {
  it.each(["abc", "nguyen.hoang", "Tran_Van_A", "a1b2c3", "x".repeat(30)])("accepts %s", (name) => {
    expect(usernameSchema.safeParse(name).success).toBe(true);
  });
  it.each([
    ["ab", "Tên đăng nhập cần ít nhất 3 ký tự."],
    ["x".repeat(31), "Tên đăng nhập tối đa 30 ký tự."],
    ["nguyễn", "Tên đăng nhập chỉ gồm chữ cái không dấu (a–z), chữ số, dấu gạch dưới (_) và dấu chấm (.)."],
    ["có dấu cách", "Tên đăng nhập chỉ gồm chữ cái không dấu (a–z), chữ số, dấu gạch dưới (_) và dấu chấm (.)."],
    ["a-b-c", "Tên đăng nhập chỉ gồm chữ cái không dấu (a–z), chữ số, dấu gạch dưới (_) và dấu chấm (.)."],
    [".abc", "Tên đăng nhập không được bắt đầu hoặc kết thúc bằng dấu chấm."],
    ["abc.", "Tên đăng nhập không được bắt đầu hoặc kết thúc bằng dấu chấm."],
    ["a..b", "Tên đăng nhập không được có hai dấu chấm liền nhau."],
    ["", "Vui lòng nhập tên đăng nhập."],
  ])("refuses %j", (name, message) => {
    expect(firstError(usernameSchema.safeParse(name))).toBe(message);
  });
  it("is unique without regard to case", () => {
    expect(usernameKey("Nguyen.Hoang")).toBe(usernameKey("nguyen.HOANG"));
  });
});

describe("display name", () => {
  it("normalises to NFC and collapses spaces; Vietnamese letters welcome", () => {
    expect(displayNameSchema.parse("  Nguye\u0302\u0303n   Hoàng ")).toBe("Nguyễn Hoàng");
  });
  it("refuses control and invisible formatting characters", () => {
    expect(displayNameSchema.safeParse("Admin\u202E").success).toBe(false);
    expect(displayNameSchema.safeParse("A").success).toBe(false);
  });
});

describe("passwords", () => {
  const base = { displayName: "Người Mới", username: "nguoi.moi", email: "moi@example.vn" };
  it("need at least 10 characters", () => {
    expect(firstError(registerSchema.safeParse({ ...base, password: "ngắn-quá" }))).toBe("Mật khẩu cần ít nhất 10 ký tự.");
    expect(registerSchema.safeParse({ ...base, password: "Rừng-thông-xanh-42" }).success).toBe(true);
  });
  it("may not be common, whatever the case or the digits added", () => {
    for (const pw of ["1234567890", "Password123", "qwertyuiop", "matkhau123456", "anhyeuem1314", "Dragon2024!!", "dragondragon", "aaaaaaaaaaaa", "abcdefghijk"]) {
      expect(isCommonPassword(pw), pw).toBe(true);
      expect(firstError(registerSchema.safeParse({ ...base, password: pw }))).toMatch(/quá phổ biến/);
    }
    expect(isCommonPassword("Rừng-thông-xanh-42")).toBe(false);
    expect(isCommonPassword("correct horse battery staple")).toBe(false);
    expect(COMMON_PASSWORD_COUNT).toBeGreaterThan(1500);
  });
  it("may not just repeat the username or the email's name", () => {
    expect(firstError(registerSchema.safeParse({ ...base, password: "nguoi.moi2025" }))).toBe("Mật khẩu không được gần giống tên đăng nhập hoặc email.");
  });
  it("have a maximum length (argon2 work grows with input)", () => {
    expect(firstError(registerSchema.safeParse({ ...base, password: "x".repeat(201) }))).toBe("Mật khẩu tối đa 200 ký tự.");
  });
  it("must be typed twice identically on reset and change, and change to something new", () => {
    expect(firstError(resetPasswordSchema.safeParse({ token: "t", password: "Rừng-thông-xanh-42", passwordConfirm: "khác" }))).toBe("Mật khẩu nhập lại không khớp.");
    expect(
      firstError(changePasswordSchema.safeParse({ currentPassword: "Rừng-thông-xanh-42", password: "Rừng-thông-xanh-42", passwordConfirm: "Rừng-thông-xanh-42" })),
    ).toBe("Mật khẩu mới phải khác mật khẩu hiện tại.");
  });
});

describe("login and operator schemas", () => {
  it("login needs both fields, trimmed identifier", () => {
    expect(loginSchema.parse({ identifier: "  ana ", password: "x" }).identifier).toBe("ana");
    expect(firstError(loginSchema.safeParse({ identifier: "", password: "x" }))).toBe("Vui lòng nhập email hoặc tên đăng nhập.");
    expect(firstError(loginSchema.safeParse({ identifier: "ana" }))).toBe("Vui lòng nhập mật khẩu.");
  });
  it("user:create accepts only the three roles", () => {
    const input = { displayName: "Quản Trị", username: "quan.tri", email: "qt@example.vn", password: "Rừng-thông-xanh-42" };
    expect(createMemberSchema.safeParse({ ...input, role: "admin" }).success).toBe(true);
    expect(firstError(createMemberSchema.safeParse({ ...input, role: "owner" }))).toBe("Vai trò phải là member, moderator hoặc admin.");
  });
});
