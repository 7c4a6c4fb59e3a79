// Above a thread readers cannot see: held for approval, or not approved. Only
// its author and staff get this far (canViewThread), so it says where the
// thread stands and who else sees it.
import { translator } from "@/lib/i18n/server";

export async function ThreadStatusNotice({ status, reason }: { status: string; reason: string | null }) {
  if (status === "visible") return null;
  const t = await translator();
  const text =
    status === "pending" ? t("thread.statusPending") : reason ? t("thread.statusHiddenReason", { reason }) : t("thread.statusHidden");
  return (
    <p className="notice notice--warning" role="status" data-testid="thread-status">
      {text}
    </p>
  );
}
