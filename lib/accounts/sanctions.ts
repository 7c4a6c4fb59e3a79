// What a ban or a suspension means for logging in: the member is refused (and
// any open session stops counting) and is told why and until when.
import { formatDateTime } from "@/lib/format";
import { t } from "@/lib/i18n/text";

export type Sanction =
  | { kind: "banned"; since: Date; reason: string | null }
  | { kind: "suspended"; until: Date; reason: string | null };

export function activeSanction(
  member: { bannedAt: Date | null; suspendedUntil: Date | null; sanctionReason: string | null },
  now: Date = new Date(),
): Sanction | null {
  if (member.bannedAt) return { kind: "banned", since: member.bannedAt, reason: member.sanctionReason };
  if (member.suspendedUntil && member.suspendedUntil.getTime() > now.getTime()) {
    return { kind: "suspended", until: member.suspendedUntil, reason: member.sanctionReason };
  }
  return null;
}

export function sanctionMessage(s: Sanction): string {
  const reason = s.reason ? ` ${t("services.accountsSanctionReason", { reason: s.reason })}` : "";
  if (s.kind === "banned") return `${t("services.accountsBanned")}${reason}`;
  return `${t("services.accountsSuspendedUntil", { until: formatDateTime(s.until) })}${reason}`;
}
