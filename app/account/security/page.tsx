// /account/security ("Bảo mật"): two-step login with an authenticator app,
// recovery codes, passkeys. Every form but the passkey ceremony is a plain
// form that works without JavaScript.
import type { Metadata } from "next";
import "./security.css";
import Link from "next/link";
import QRCode from "qrcode";
import { ActionForm, FieldError, FormInput } from "@/components/forms/action-form";
import { db } from "@/lib/db";
import { pendingTotpSetup } from "@/lib/accounts/two-factor/manage-totp";
import { twoFactorStatus } from "@/lib/accounts/two-factor/status";
import { formatDateTime } from "@/lib/format";
import { requireViewer } from "@/lib/next/session";
import {
  beginTotpAction,
  cancelTotpAction,
  confirmTotpAction,
  disableTwoFactorAction,
  dismissCodesAction,
  regenerateCodesAction,
  removePasskeyAction,
} from "@/actions/two-factor";
import { codesToShow } from "@/lib/next/recovery-codes-cookie";
import { PasskeyRegister } from "./passkey-register";

export const metadata: Metadata = { title: "Bảo mật", robots: { index: false } };

const NOTICES: Record<string, string> = {
  enabled: "Đã bật xác thực hai bước. Các thiết bị khác đã bị đăng xuất.",
  codes: "Đã tạo bộ mã khôi phục mới. Các mã cũ không còn dùng được.",
  disabled: "Đã tắt xác thực hai bước. Các thiết bị khác đã bị đăng xuất.",
  "passkey-removed": "Đã xóa passkey.",
  "recovery-used": "Bạn vừa đăng nhập bằng một mã khôi phục; mã đó đã hết hiệu lực.",
};

function PasswordOrCode({ hasPassword, prefix }: { hasPassword: boolean; prefix: string }) {
  return hasPassword ? (
    <div className="field">
      <label htmlFor={`${prefix}-password`}>Mật khẩu hiện tại</label>
      <FormInput id={`${prefix}-password`} name="currentPassword" type="password" autoComplete="current-password" required />
      <FieldError name="currentPassword" />
    </div>
  ) : (
    <div className="field">
      <label htmlFor={`${prefix}-code`}>Mã 6 chữ số trong ứng dụng xác thực</label>
      <FormInput id={`${prefix}-code`} name="code" inputMode="numeric" autoComplete="one-time-code" required maxLength={12} />
      <FieldError name="code" />
    </div>
  );
}

export default async function SecurityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer("/account/security");
  const params = await searchParams;
  const member = await db.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { passwordHash: true } });
  const hasPassword = !!member.passwordHash;
  const status = await twoFactorStatus(db, viewer.id);
  const setup = status.totpPending ? await pendingTotpSetup(viewer, { db }) : null;
  const qr = setup ? await QRCode.toString(setup.uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" }) : null;
  const codes = status.totpEnabled ? await codesToShow() : null;
  const notice = typeof params.notice === "string" ? NOTICES[params.notice] : undefined;

  return (
    <main className="content content--narrow account-page security-page">
      <p className="breadcrumb">
        <Link href="/account">Tài khoản</Link> › Bảo mật
      </p>
      <h1 className="page-title">Bảo mật</h1>
      {params.required === "staff" && !status.totpEnabled ? (
        <p className="notice notice--warning" role="alert">
          Diễn đàn yêu cầu điều hành viên và quản trị viên bật xác thực hai bước. Hãy bật nó bên dưới; sau đó bạn dùng lại được các công cụ
          điều hành.
        </p>
      ) : null}
      {notice ? (
        <p className="notice notice--success" role="status">
          {notice}
        </p>
      ) : null}

      {codes ? (
        <section className="account-section recovery-codes" aria-labelledby="codes-title">
          <h2 id="codes-title">Mã khôi phục của bạn</h2>
          <p>
            Hãy lưu 10 mã này ở nơi an toàn (in ra, hoặc trong trình quản lý mật khẩu). Nếu mất điện thoại, mỗi mã thay cho một lần nhập
            mã xác thực. <strong>Mã chỉ hiện lần này</strong>; máy chủ chỉ giữ bản băm.
          </p>
          <ol className="recovery-codes__list" data-testid="recovery-codes">
            {codes.map((code) => (
              <li key={code}>
                <code>{code}</code>
              </li>
            ))}
          </ol>
          <form action={dismissCodesAction}>
            <button type="submit" className="button">
              Tôi đã lưu các mã này
            </button>
          </form>
        </section>
      ) : null}

      <section className="account-section" aria-labelledby="totp-title" id="totp">
        <h2 id="totp-title">Xác thực hai bước (ứng dụng xác thực)</h2>
        {status.totpEnabled ? (
          <>
            <p>
              <span className="badge">Đang bật</span> Mỗi lần đăng nhập bằng mật khẩu (hoặc Google/GitHub), bạn cần nhập thêm mã từ ứng dụng
              xác thực. Còn <strong>{status.recoveryCodesLeft}</strong> mã khôi phục chưa dùng.
            </p>
            <h3>Tạo lại mã khôi phục</h3>
            <ActionForm action={regenerateCodesAction} className="form" label="Tạo lại mã khôi phục">
              <PasswordOrCode hasPassword={hasPassword} prefix="regen" />
              <button type="submit" className="button">
                Tạo bộ mã mới
              </button>
            </ActionForm>
            <h3>Tắt xác thực hai bước</h3>
            <ActionForm action={disableTwoFactorAction} className="form" label="Tắt xác thực hai bước">
              <PasswordOrCode hasPassword={hasPassword} prefix="off" />
              <button type="submit" className="button button--danger">
                Tắt xác thực hai bước
              </button>
            </ActionForm>
          </>
        ) : setup && qr ? (
          <>
            <ol className="steps">
              <li>Mở ứng dụng xác thực (Google Authenticator, Microsoft Authenticator, 2FAS, Aegis…) và quét mã QR này:</li>
            </ol>
            <div className="totp-qr" role="img" aria-label="Mã QR để thêm Bàn Luận vào ứng dụng xác thực" dangerouslySetInnerHTML={{ __html: qr }} />
            <p>
              Không quét được? Nhập khóa này vào ứng dụng (loại: dựa trên thời gian):{" "}
              <code className="totp-secret" data-testid="totp-secret">
                {setup.secret.replace(/(.{4})/g, "$1 ").trim()}
              </code>
            </p>
            <ActionForm action={confirmTotpAction} className="form" label="Xác nhận ứng dụng xác thực">
              <div className="field">
                <label htmlFor="confirm-code">Mã 6 chữ số ứng dụng đang hiện</label>
                <FormInput id="confirm-code" name="code" inputMode="numeric" autoComplete="one-time-code" required maxLength={12} />
                <FieldError name="code" />
              </div>
              <button type="submit" className="button button--primary">
                Xác nhận và bật
              </button>
            </ActionForm>
            <form action={cancelTotpAction}>
              <button type="submit" className="button button--small">
                Hủy thiết lập
              </button>
            </form>
          </>
        ) : (
          <>
            <p>
              Thêm một lớp bảo vệ: ngoài mật khẩu, mỗi lần đăng nhập cần mã 6 chữ số từ ứng dụng xác thực trên điện thoại. Bạn sẽ nhận 10 mã
              khôi phục để dùng khi mất điện thoại.
            </p>
            <ActionForm action={beginTotpAction} className="form" label="Bật xác thực hai bước">
              {hasPassword ? <PasswordOrCode hasPassword prefix="begin" /> : null}
              <button type="submit" className="button button--primary">
                Bật xác thực hai bước
              </button>
            </ActionForm>
          </>
        )}
      </section>

      <section className="account-section" aria-labelledby="passkeys-title">
        <h2 id="passkeys-title">Passkey</h2>
        <p>
          Passkey là khóa đăng nhập lưu trên điện thoại, máy tính hoặc khóa bảo mật, mở bằng vân tay, khuôn mặt hoặc mã PIN của thiết bị.
          Dùng nó để đăng nhập không cần mật khẩu, hoặc thay cho mã ở bước xác thực thứ hai.
        </p>
        {status.passkeys.length > 0 ? (
          <ul className="plain-list passkey-list" aria-label="Passkey đã đăng ký">
            {status.passkeys.map((p) => (
              <li key={p.id} className="passkey-list__item">
                <span>
                  <strong>{p.name}</strong> · thêm {formatDateTime(p.createdAt)} · {p.lastUsedAt ? `dùng lần cuối ${formatDateTime(p.lastUsedAt)}` : "chưa dùng"}
                </span>
                <ActionForm action={removePasskeyAction} className="passkey-list__remove" label={`Xóa passkey ${p.name}`}>
                  <input type="hidden" name="id" value={p.id} />
                  <button type="submit" className="button button--small button--danger">
                    Xóa
                  </button>
                </ActionForm>
              </li>
            ))}
          </ul>
        ) : (
          <p>Chưa có passkey nào.</p>
        )}
        <PasskeyRegister needsPassword={hasPassword} />
      </section>

      <section className="account-section" aria-labelledby="lost-title">
        <h2 id="lost-title">Mất thiết bị?</h2>
        <ul className="plain-list">
          <li>Ở bước xác thực thứ hai, chọn “Mất thiết bị?” và nhập một mã khôi phục. Sau khi vào được, tạo bộ mã mới hoặc tắt rồi bật lại xác thực hai bước với điện thoại mới.</li>
          <li>Còn passkey trên thiết bị khác? Dùng “Đăng nhập bằng passkey”.</li>
          <li>Mất cả điện thoại lẫn mã khôi phục: liên hệ quản trị viên. Sau khi xác minh bạn là chủ tài khoản, quản trị viên có thể tắt xác thực hai bước cho bạn (việc này được ghi vào nhật ký điều hành).</li>
        </ul>
      </section>
    </main>
  );
}
