// /account: the member's own settings. Logged-out visitors are sent to log in
// and brought back here.
import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db";
import { RoleBadge } from "@/components/role-badge";
import { formatDate } from "@/lib/format";
import { requireViewer } from "@/lib/next/session";
import { memberPath } from "@/lib/urls";
import { DisplayNameForm, EmailForm, PasswordForm } from "./account-forms";
import { logOutAllDevices } from "@/actions/accounts";
import { DeleteAccountForm } from "./data/delete-account-form";
import { deletionGraceDays } from "@/lib/accounts/account-deletion";
import { AvatarForm } from "@/components/pictures/avatar-form";
import { LanguageSection } from "@/components/i18n/language-section";

export const metadata: Metadata = { title: "Tài khoản", robots: { index: false } };

const NOTICES: Record<string, string> = {
  password: "Đã đổi mật khẩu. Các thiết bị khác đã bị đăng xuất.",
  "deletion-cancelled": "Bạn đã đăng nhập lại nên yêu cầu xóa tài khoản đã được hủy. Tài khoản của bạn vẫn còn nguyên.",
};

export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer("/account");
  const params = await searchParams;
  const member = await db.user.findUniqueOrThrow({
    where: { id: viewer.id },
    select: { email: true, emailVerifiedAt: true, passwordHash: true, accounts: { select: { provider: true } } },
  });
  const notice = typeof params.notice === "string" ? NOTICES[params.notice] : params.welcome === "admin" ? "Đã tạo quản trị viên đầu tiên. Chào mừng!" : undefined;
  return (
    <main className="content content--narrow account-page">
      <h1 className="page-title">Tài khoản</h1>
      {notice ? (
        <p className="notice notice--success" role="status">
          {notice}
        </p>
      ) : null}
      <dl className="account-summary">
        <dt>Tên đăng nhập</dt>
        <dd>
          <Link href={memberPath(viewer)}>{viewer.username}</Link> <RoleBadge role={viewer.role} />
        </dd>
        <dt>Email</dt>
        <dd>
          {member.email ?? "—"}{" "}
          {member.email ? (member.emailVerifiedAt ? <span className="badge">Đã xác minh</span> : <span className="badge badge--warn">Chưa xác minh</span>) : null}
        </dd>
        <dt>Tham gia</dt>
        <dd>{formatDate(viewer.createdAt)}</dd>
        {member.accounts.length > 0 ? (
          <>
            <dt>Đăng nhập bằng</dt>
            <dd>{member.accounts.map((a) => (a.provider === "google" ? "Google" : a.provider === "github" ? "GitHub" : a.provider)).join(", ")}</dd>
          </>
        ) : null}
      </dl>

      {/* The member's language (issue 17): its strings come from the catalogs. */}
      <LanguageSection memberId={viewer.id} justSaved={params.notice === "language"} />

      <section aria-labelledby="account-avatar" className="account-section">
        <h2 id="account-avatar">Ảnh đại diện</h2>
        <AvatarForm user={{ username: viewer.username, displayName: viewer.displayName, avatarUrl: viewer.avatarUrl ?? null }} />
      </section>

      <section aria-labelledby="account-name" className="account-section">
        <h2 id="account-name">Tên hiển thị</h2>
        <DisplayNameForm current={viewer.displayName} />
      </section>

      <section aria-labelledby="account-password" className="account-section">
        <h2 id="account-password">Mật khẩu</h2>
        {member.passwordHash ? (
          <PasswordForm />
        ) : (
          <p>
            Tài khoản này chưa có mật khẩu (đăng nhập qua nhà cung cấp bên ngoài). Bạn có thể đặt mật khẩu qua{" "}
            <Link href="/forgot-password">Quên mật khẩu?</Link>
          </p>
        )}
      </section>

      <section aria-labelledby="account-security" className="account-section">
        <h2 id="account-security">Bảo mật</h2>
        <p>
          Xác thực hai bước, mã khôi phục và passkey: <Link href="/account/security">Bảo mật tài khoản</Link>
        </p>
      </section>

      {/* Alerts (issue 19): watched threads, e-mail and alert settings. */}
      <section aria-labelledby="account-alerts" className="account-section">
        <h2 id="account-alerts">Thông báo và theo dõi</h2>
        <p>
          <Link href="/account/notifications">Cài đặt thông báo và email</Link> · <Link href="/account/watched">Đang theo dõi</Link> ·{" "}
          <Link href="/account/bookmarks">Đánh dấu</Link> · <Link href="/account/ignored">Thành viên đã bỏ qua</Link>
        </p>
      </section>

      <section aria-labelledby="account-email" className="account-section">
        <h2 id="account-email">Email</h2>
        <EmailForm current={member.email ?? "chưa có"} />
      </section>

      <section aria-labelledby="account-sessions" className="account-section">
        <h2 id="account-sessions">Phiên đăng nhập</h2>
        <p>Đăng xuất tài khoản khỏi mọi trình duyệt và thiết bị, kể cả thiết bị này.</p>
        <form action={logOutAllDevices}>
          <button type="submit" className="button button--danger">
            Đăng xuất khỏi mọi thiết bị
          </button>
        </form>
      </section>

      <section aria-labelledby="account-data" className="account-section">
        <h2 id="account-data">Dữ liệu của tôi</h2>
        <p>
          Tải về mọi dữ liệu Bàn Luận lưu về bạn: hồ sơ, phiên đăng nhập, lượt thích, báo cáo bạn gửi, bản nháp, thông báo, các
          lần bị xử lý, và toàn bộ bài viết của bạn (Markdown), trong một tệp zip.
        </p>
        <p>
          <a className="button" href="/account/data/export" download>
            Tải dữ liệu của tôi (.zip)
          </a>
        </p>
        <h3>Xóa tài khoản</h3>
        <p>
          Tên hiển thị của bạn sẽ thành “Thành viên đã xóa”; email, mật khẩu, liên kết đăng nhập Google/GitHub, phiên đăng nhập,
          bản nháp, thông báo và lượt thích bị xóa. Bạn chọn giữ hay xóa nội dung các bài viết.
        </p>
        <DeleteAccountForm hasPassword={member.passwordHash !== null} graceDays={deletionGraceDays()} />
      </section>
    </main>
  );
}
