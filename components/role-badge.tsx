// Moderators and administrators are marked next to their name everywhere.
import { ROLE_LABELS } from "@/lib/validation/moderation";

export function RoleBadge({ role }: { role: string }) {
  if (role === "admin") return <span className="badge badge--admin">{ROLE_LABELS.admin}</span>;
  if (role === "moderator") return <span className="badge badge--mod">{ROLE_LABELS.moderator}</span>;
  return null;
}
