// On a member's profile, for staff only: the sanction in force (or none) and,
// when the viewer may sanction this member, the preset-length form. Members
// and guests get nothing of it.
import { formatDateTime } from "@/lib/format";
import { canSanction, isStaff, type Role, type Viewer } from "@/lib/permissions";
import { SanctionPresetForm } from "./sanction-preset-form";
import { localized } from "@/lib/i18n/server";
import { t } from "@/lib/i18n/text";

type Props = {
  viewer: Viewer | null;
  member: { id: number; username: string; displayName: string; role: string; bannedAt: Date | null; suspendedUntil: Date | null; sanctionReason: string | null };
};

export function StaffSanctionBlock({ viewer, member }: Props) {
  if (!isStaff(viewer)) return null;
  const suspended = !!member.suspendedUntil && member.suspendedUntil > new Date();
  const sanctioned = !!member.bannedAt || suspended;
  return (
    <section id="sanction" className="block block--padded" aria-labelledby="sanction-title">
      <h2 id="sanction-title" className="block__title">
        {t("mod.staffSanctionTitle")}
      </h2>
      {sanctioned ? (
        <p className="notice notice--warning" data-testid="profile-sanction">
          {member.bannedAt ? t("mod.memberBanned") : t("mod.staffSanctionSuspendedUntil", { date: formatDateTime(member.suspendedUntil!) })}
          {member.sanctionReason ? ` · ${t("mod.memberReason", { reason: member.sanctionReason })}` : ""}
        </p>
      ) : (
        <p>{t("mod.memberNoSanction")}</p>
      )}
      {!sanctioned && canSanction(viewer, { id: member.id, role: member.role as Role }) ? (
        <SanctionPresetForm member={member} idPrefix="profile-suspend" />
      ) : null}
      <p>
        <a href={localized(`/mod/members/${encodeURIComponent(member.username)}`)}>{t("mod.staffSanctionTools")}</a>
      </p>
    </section>
  );
}
