// The new-thread schema the form and the service share: titles counted in
// NFC after trimming, the body under the replies' rules, messages in Vietnamese.
import { describe, expect, it } from "vitest";
import { createThreadSchema, threadTitleSchema } from "@/lib/validation/thread";

const firstError = (r: { success: boolean; error?: { issues: Array<{ message: string }> } }) => r.error?.issues[0]?.message;
const valid = { categoryId: "2", title: "Chủ đề hợp lệ", source: "Nội dung", clientToken: "abcdefghijklmnop1234" };

describe("thread title", () => {
  it("is trimmed, its runs of spaces made one, and stored in NFC", () => {
    expect(threadTitleSchema.parse("  Hỏi   về\n Sài Gòn  ")).toBe("Hỏi về Sài Gòn");
    const nfd = "Tiếng Việt có dấu".normalize("NFD");
    expect(threadTitleSchema.parse(nfd)).toBe("Tiếng Việt có dấu".normalize("NFC"));
  });

  it("counts 5 to 150 characters after trimming, in NFC (a decomposed title is not longer)", () => {
    expect(threadTitleSchema.safeParse("Năm c").success).toBe(true);
    expect(firstError(threadTitleSchema.safeParse("   Bốn   "))).toBe("Tiêu đề cần ít nhất 5 ký tự.");
    expect(firstError(threadTitleSchema.safeParse(""))).toBe("Tiêu đề cần ít nhất 5 ký tự.");
    expect(threadTitleSchema.safeParse("ế".repeat(150).normalize("NFD")).success).toBe(true);
    expect(firstError(threadTitleSchema.safeParse("ế".repeat(151)))).toBe("Tiêu đề tối đa 150 ký tự.");
    expect(firstError(threadTitleSchema.safeParse(42))).toBe("Tiêu đề không hợp lệ.");
  });
});

describe("createThreadSchema", () => {
  it("accepts a filled form and coerces the category id", () => {
    expect(createThreadSchema.parse(valid)).toEqual({ ...valid, categoryId: 2 });
  });

  it("normalises the body as replies do and refuses an empty one", () => {
    expect(createThreadSchema.parse({ ...valid, source: "Dòng một\r\nDòng hai" }).source).toBe("Dòng một\nDòng hai");
    expect(firstError(createThreadSchema.safeParse({ ...valid, source: "  \n " }))).toBe("Bạn chưa viết gì để gửi.");
    expect(firstError(createThreadSchema.safeParse({ ...valid, source: "x".repeat(100_001) }))).toBe("Nội dung quá dài.");
  });

  it("asks for a category and a form token", () => {
    expect(firstError(createThreadSchema.safeParse({ ...valid, categoryId: "" }))).toBe("Hãy chọn chuyên mục.");
    expect(firstError(createThreadSchema.safeParse({ ...valid, categoryId: "abc" }))).toBe("Hãy chọn chuyên mục.");
    expect(firstError(createThreadSchema.safeParse({ ...valid, clientToken: "ngan" }))).toBe("Biểu mẫu đã hết hạn, vui lòng tải lại trang.");
  });
});
