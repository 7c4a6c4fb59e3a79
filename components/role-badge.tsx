// Moderators and administrators are marked next to their name everywhere.
import { translator } from "@/lib/i18n/server";

export async function RoleBadge({ role }: { role: string }) {
  if (role !== "admin" && role !== "moderator") return null;
  const t = await translator();
  if (role === "admin") return <span className="badge badge--admin">{t("members.roleAdmin")}</span>;
  return <span className="badge badge--mod">{t("members.roleModerator")}</span>;
}
