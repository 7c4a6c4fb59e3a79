// The "Chi tiết" column of the moderation log: what a logged action changed,
// in words (a role from → to, a suspension's end, a filtered phrase, changed
// settings), in the page's language (messages/<locale>/mod.json). Details are stored
// as JSON by logModAction; anything unexpected (an older row, a hand-edited
// one) is shown as nothing rather than breaking the page. What members or
// staff wrote (phrases, names, titles, reasons) is shown as written.
import { formatDateTime } from "@/lib/format";
import { t } from "@/lib/i18n/text";
import { roleLabel } from "./labels";

type FromTo = { from: unknown; to: unknown };

/** Category fields by their names in words (settings keep their keys, as the settings page's labels live there). */
function fieldLabel(key: string): string {
  switch (key) {
    case "name":
      return t("mod.detailsFieldName");
    case "description":
      return t("mod.detailsFieldDescription");
    case "position":
      return t("mod.detailsFieldPosition");
    case "staffThreadsOnly":
      return t("mod.detailsFieldStaffThreadsOnly");
    case "requireStaffTwoFactor":
      return t("mod.detailsFieldRequireStaffTwoFactor");
    default:
      return key;
  }
}
const shown = (v: unknown) => (v === null || v === "" ? t("mod.detailsEmpty") : v === true ? t("mod.detailsYes") : v === false ? t("mod.detailsNo") : String(v));

const isFromTo = (v: unknown): v is FromTo => typeof v === "object" && v !== null && "from" in v && "to" in v;
const roleName = (v: unknown) => roleLabel(String(v));
const titleText = (v: unknown) => (typeof v === "string" && v ? `“${v}”` : t("mod.detailsNone"));

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
      return `${roleName(details.from)} → ${roleName(details.to)}`;
    case "member.title":
      return `${titleText(details.from)} → ${titleText(details.to)}`;
    case "member.suspend":
      return typeof details.endsAt === "string" && !Number.isNaN(Date.parse(details.endsAt)) ? t("mod.detailsUntil", { date: formatDateTime(new Date(details.endsAt)) }) : null;
    case "filter.add":
      return typeof details.phrase === "string" ? `“${details.phrase}” · ${details.action === "queue" ? t("mod.detailsFilterQueue") : t("mod.detailsFilterRefuse")}` : null;
    case "filter.remove":
      return typeof details.phrase === "string" ? `“${details.phrase}”` : null;
    case "settings.update":
    case "category.update": {
      const changes = Object.entries(details).filter(([, v]) => isFromTo(v)) as [string, FromTo][];
      return changes.length ? changes.map(([key, v]) => `${fieldLabel(key)}: ${shown(v.from)} → ${shown(v.to)}`).join("; ") : null;
    }
    case "category.create":
    case "category.delete":
      return typeof details.name === "string" ? `“${details.name}”` : null;
    case "report.hide":
    case "report.dismiss":
      return typeof details.reports === "number" ? t("mod.detailsReports", { count: details.reports }) : null;
    case "member.two-factor-reset":
      return typeof details.passkeys === "number" ? `${t("mod.detailsPasskeysRemoved", { count: details.passkeys })}${details.reason ? ` · ${String(details.reason)}` : ""}` : null;
    // Moves name both categories (entries from before names were kept show nothing).
    case "thread.move":
      return typeof details.fromName === "string" && typeof details.toName === "string" ? t("mod.detailsMoved", { from: details.fromName, to: details.toName }) : null;
    case "thread.rename":
      return typeof details.from === "string" && typeof details.to === "string" ? `${titleText(details.from)} → ${titleText(details.to)}` : null;
    case "article.publish":
      return typeof details.title === "string" ? `${details.created ? t("mod.detailsArticleNew") : t("mod.detailsArticleUpdated")}: ${details.title}` : null;
    default:
      return null;
  }
}
