// Notices about the session itself, under the header on every page:
// - a browser whose session was refused (banned or suspended member: why and
//   until when; or a session ended elsewhere), with a button to forget it;
// - a member whose email is not verified yet: they cannot post until they
//   follow the link, and can have it sent again.
import { logOut } from "@/actions/accounts";
import { sanctionMessage } from "@/lib/accounts/sanctions";
import { getSessionState } from "@/lib/next/session";
import { ResendVerificationForm } from "./resend-verification-form";

export async function SessionNotices() {
  const { viewer, notice } = await getSessionState();
  if (notice) {
    const text =
      notice.kind === "sanctioned"
        ? sanctionMessage(notice.sanction)
        : "Phiên đăng nhập của bạn đã kết thúc (mật khẩu đã đổi hoặc tài khoản đã đăng xuất khỏi mọi thiết bị). Hãy đăng nhập lại.";
    return (
      <div className="notice notice--error session-notice" role="alert" data-testid="session-notice">
        <p>{text}</p>
        <form action={logOut}>
          <button type="submit" className="button button--small">
            Đã hiểu
          </button>
        </form>
      </div>
    );
  }
  if (viewer && !viewer.emailVerified) {
    return (
      <div className="notice notice--warning session-notice" data-testid="verify-notice">
        <p>Email của bạn chưa được xác minh. Hãy bấm liên kết trong thư chúng tôi đã gửi để có thể đăng bài.</p>
        <ResendVerificationForm />
      </div>
    );
  }
  return null;
}
