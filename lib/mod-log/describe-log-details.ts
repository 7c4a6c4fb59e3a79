// The "Chi tiết" column of the moderation log: what a logged action changed,
// in words (a role from → to, a suspension's end, a filtered phrase, changed
// settings). Details are stored as JSON by logModAction; anything unexpected
// (an older row, a hand-edited one) is shown as nothing rather than breaking
// the page.
import { formatDateTime } from "@/lib/format";
import { ROLE_LABELS } from "@/lib/validation/moderation";

type FromTo = { from: unknown; to: unknown };

/** Category fields by their Vietnamese names (settings keep their keys, as the settings page's labels live there). */
const FIELD_LABELS: Record<string, string> = { name: "tên", description: "mô tả", position: "thứ tự", staffThreadsOnly: "chỉ ban điều hành tạo chủ đề", requireStaffTwoFactor: "bắt buộc xác thực hai bước cho ban điều hành" };
const shown = (v: unknown) => (v === null || v === "" ? "(trống)" : v === true ? "có" : v === false ? "không" : String(v));

const isFromTo = (v: unknown): v is FromTo => typeof v === "object" && v !== null && "from" in v && "to" in v;
const roleLabel = (v: unknown) => ROLE_LABELS[v as keyof typeof ROLE_LABELS] ?? String(v);
const titleText = (v: unknown) => (typeof v === "string" && v ? `“${v}”` : "(không có)");

export function describeLogDetails(action: string, json: string | null): string | null {
  if (!json) return null;
  let details: Record<string, unknown>;
  try {
    details = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof details !== "object" || details === null) return null;
  switch (action) {
    case "member.role":
      return `${roleLabel(details.from)} → ${roleLabel(details.to)}`;
    case "member.title":
      return `${titleText(details.from)} → ${titleText(details.to)}`;
    case "member.suspend":
      return typeof details.endsAt === "string" && !Number.isNaN(Date.parse(details.endsAt)) ? `Đến ${formatDateTime(new Date(details.endsAt))}` : null;
    case "filter.add":
      return typeof details.phrase === "string" ? `“${details.phrase}” · ${details.action === "queue" ? "chờ duyệt" : "từ chối"}` : null;
    case "filter.remove":
      return typeof details.phrase === "string" ? `“${details.phrase}”` : null;
    case "settings.update":
    case "category.update": {
      const changes = Object.entries(details).filter(([, v]) => isFromTo(v)) as [string, FromTo][];
      return changes.length ? changes.map(([key, v]) => `${FIELD_LABELS[key] ?? key}: ${shown(v.from)} → ${shown(v.to)}`).join("; ") : null;
    }
    case "category.create":
    case "category.delete":
      return typeof details.name === "string" ? `“${details.name}”` : null;
    case "report.hide":
    case "report.dismiss":
      return typeof details.reports === "number" ? `${details.reports} báo cáo` : null;
    case "member.two-factor-reset":
      return typeof details.passkeys === "number" ? `Đã xóa ${details.passkeys} passkey${details.reason ? ` · ${String(details.reason)}` : ""}` : null;
    // Moves name both categories (entries from before names were kept show nothing).
    case "thread.move":
      return typeof details.fromName === "string" && typeof details.toName === "string" ? `Từ “${details.fromName}” sang “${details.toName}”` : null;
    case "thread.rename":
      return typeof details.from === "string" && typeof details.to === "string" ? `${titleText(details.from)} → ${titleText(details.to)}` : null;
    case "article.publish":
      return typeof details.title === "string" ? `${details.created ? "Bài mới" : "Cập nhật"}: ${details.title}` : null;
    default:
      return null;
  }
}
