// The moderation log's words (lib/mod-log/labels.ts, describe-log-details.ts)
// are in the page's language: Vietnamese outside a request and on a
// Vietnamese page, exactly as before the catalogs; English inside an /en
// request. What staff or members wrote (phrases, names, titles) is as written.
import { describe, expect, it } from "vitest";
import { requestLocaleStorage } from "@/lib/i18n/request-locale";
import { describeLogDetails } from "@/lib/mod-log/describe-log-details";
import { MOD_ACTIONS, isModAction } from "@/lib/mod-log/log-action";
import { modActionLabel, postPlaceLabel, reportReasonLabel, roleLabel, sanctionPresetLabel } from "@/lib/mod-log/labels";

const inEnglish = <T,>(fn: () => T): T => requestLocaleStorage().run({ locale: "en", url: "/en/mod/log" }, fn);
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]/i;

describe("the moderation log's words", () => {
  it("are Vietnamese by default, as they always were", () => {
    expect(modActionLabel("post.hide")).toBe("Ẩn bài viết");
    expect(modActionLabel("report.hide")).toBe("Xử lý báo cáo: ẩn bài");
    expect(reportReasonLabel("off-topic")).toBe("Lạc đề");
    expect(roleLabel("moderator")).toBe("Điều hành viên");
    expect(postPlaceLabel(1)).toBe("bài mở đầu");
    expect(postPlaceLabel(3)).toBe("bài #2");
    expect(sanctionPresetLabel("7")).toBe("7 ngày");
    expect(sanctionPresetLabel("forever")).toBe("Vĩnh viễn");
    expect(describeLogDetails("member.role", JSON.stringify({ from: "member", to: "admin" }))).toBe("Thành viên → Quản trị viên");
    expect(describeLogDetails("report.hide", JSON.stringify({ reports: 3 }))).toBe("3 báo cáo");
    expect(describeLogDetails("filter.add", JSON.stringify({ phrase: "lừa đảo", action: "queue" }))).toBe("“lừa đảo” · chờ duyệt");
    expect(describeLogDetails("category.update", JSON.stringify({ name: { from: "Cũ", to: "Mới" }, staffThreadsOnly: { from: false, to: true } }))).toBe(
      "tên: Cũ → Mới; chỉ ban điều hành tạo chủ đề: không → có",
    );
    expect(describeLogDetails("thread.move", JSON.stringify({ fromName: "A", toName: "B" }))).toBe("Từ “A” sang “B”");
    expect(describeLogDetails("member.two-factor-reset", JSON.stringify({ passkeys: 2, reason: "đã gọi điện" }))).toBe("Đã xóa 2 passkey · đã gọi điện");
    expect(describeLogDetails("article.publish", JSON.stringify({ title: "Bài", created: true }))).toBe("Bài mới: Bài");
  });

  it("are English on an English page, with what people wrote kept as written", () => {
    inEnglish(() => {
      expect(modActionLabel("post.hide")).toBe("Hide post");
      expect(modActionLabel("no.such-action")).toBe("no.such-action");
      expect(reportReasonLabel("off-topic")).toBe("Off-topic");
      expect(roleLabel("admin")).toBe("Administrator");
      expect(postPlaceLabel(1)).toBe("opening post");
      expect(postPlaceLabel(3)).toBe("post #2");
      expect(sanctionPresetLabel("1")).toBe("1 day");
      expect(sanctionPresetLabel("30")).toBe("30 days");
      expect(describeLogDetails("member.role", JSON.stringify({ from: "member", to: "admin" }))).toBe("Member → Administrator");
      expect(describeLogDetails("report.hide", JSON.stringify({ reports: 1 }))).toBe("1 report");
      expect(describeLogDetails("report.dismiss", JSON.stringify({ reports: 4 }))).toBe("4 reports");
      expect(describeLogDetails("filter.add", JSON.stringify({ phrase: "lừa đảo", action: "refuse" }))).toBe("“lừa đảo” · refuse");
      expect(describeLogDetails("member.title", JSON.stringify({ from: null, to: "Biên tập viên" }))).toBe("(none) → “Biên tập viên”");
      expect(describeLogDetails("category.update", JSON.stringify({ description: { from: "", to: "Mô tả" } }))).toBe("description: (empty) → Mô tả");
      expect(describeLogDetails("member.two-factor-reset", JSON.stringify({ passkeys: 1 }))).toBe("Removed 1 passkey");
      expect(describeLogDetails("article.publish", JSON.stringify({ title: "Bài", created: false }))).toBe("Updated: Bài");
    });
  });

  it("name every action the log knows, in both languages", () => {
    for (const action of MOD_ACTIONS) {
      expect(isModAction(action)).toBe(true);
      expect(modActionLabel(action)).not.toBe(action);
      expect(inEnglish(() => modActionLabel(action)), action).not.toMatch(VIETNAMESE);
    }
    expect(isModAction("toString")).toBe(false);
  });
});
