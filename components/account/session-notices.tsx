// Notices about the session itself, under the header on every page:
// - a browser whose session was refused (banned or suspended member: why and
//   until when; or a session ended elsewhere), with a button to forget it;
// - a member whose email is not verified yet: they cannot post until they
//   follow the link, and can have it sent again.
import { logOut } from "@/actions/accounts";
import { sanctionMessage } from "@/lib/accounts/sanctions";
import { getSessionState } from "@/lib/next/session";
import { translator } from "@/lib/i18n/server";
import { ResendVerificationForm } from "./resend-verification-form";

export async function SessionNotices() {
  const { viewer, notice } = await getSessionState();
  const t = await translator();
  if (notice) {
    const text =
      notice.kind === "sanctioned"
        ? sanctionMessage(notice.sanction)
        : t("account.sessionEnded");
    return (
      <div className="notice notice--error session-notice" role="alert" data-testid="session-notice">
        <p>{text}</p>
        <form action={logOut}>
          <button type="submit" className="button button--small">
            {t("account.sessionUnderstood")}
          </button>
        </form>
      </div>
    );
  }
  if (viewer && !viewer.emailVerified) {
    return (
      <div className="notice notice--warning session-notice" data-testid="verify-notice">
        <p>{t("account.verifyNotice")}</p>
        <ResendVerificationForm text={{ submit: t("account.verifyResend"), pending: t("account.sending") }} />
      </div>
    );
  }
  return null;
}
