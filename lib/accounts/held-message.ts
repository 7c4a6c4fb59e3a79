// What a held new account is told when it tries to log in (issue 20). Two
// rules hold an account: the address rule (lib/spam/registration-hold.ts:
// several accounts from one network) and the registration mode "approval"
// (Settings → "Đăng ký thành viên: cần duyệt", lib/accounts/register-member.ts
// and oauth-sign-in.ts), which holds every new account. Only the first may
// blame the network; the second says that new accounts await approval. The
// reason is read from the hold's log row (lib/accounts/log-member-hold.ts),
// not from today's setting: the mode may have changed since the account was made.
import type { Db } from "@/lib/db-client";
import { t } from "@/lib/i18n/text";
import { heldByAddressMessage } from "@/lib/spam/registration-hold";

/** Whether the hold's log details name the address rule ({ sameAddressAccounts, hours }). */
function heldByAddress(details: string | null | undefined): boolean {
  if (!details) return false;
  try {
    const parsed = JSON.parse(details) as unknown;
    return typeof parsed === "object" && parsed !== null && "sameAddressAccounts" in parsed;
  } catch {
    return false;
  }
}

export async function heldMessage(db: Db, memberId: number): Promise<string> {
  const hold = await db.moderationLog.findFirst({
    where: { targetUserId: memberId, action: "member.hold" },
    orderBy: { id: "desc" },
    select: { details: true },
  });
  return heldByAddress(hold?.details) ? heldByAddressMessage() : t("services.accountsHeldForApproval");
}
