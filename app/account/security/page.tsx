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
import { localized, translator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator();
  return { title: t("account.securityTitle"), robots: { index: false } };
}

async function PasswordOrCode({ hasPassword, prefix }: { hasPassword: boolean; prefix: string }) {
  const t = await translator();
  return hasPassword ? (
    <div className="field">
      <label htmlFor={`${prefix}-password`}>{t("account.currentPassword")}</label>
      <FormInput id={`${prefix}-password`} name="currentPassword" type="password" autoComplete="current-password" required />
      <FieldError name="currentPassword" />
    </div>
  ) : (
    <div className="field">
      <label htmlFor={`${prefix}-code`}>{t("account.totpField")}</label>
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
  const t = await translator();
  // Only known codes are shown, so the URL cannot inject text.
  const notices: Record<string, string> = {
    enabled: t("account.securityNoticeEnabled"),
    codes: t("account.securityNoticeCodes"),
    disabled: t("account.securityNoticeDisabled"),
    "passkey-removed": t("account.securityNoticePasskeyRemoved"),
    "recovery-used": t("account.securityNoticeRecoveryUsed"),
  };
  const notice = typeof params.notice === "string" ? notices[params.notice] : undefined;

  return (
    <main className="content content--narrow account-page security-page">
      <p className="breadcrumb">
        <Link href={localized("/account")}>{t("account.title")}</Link> › {t("account.securityTitle")}
      </p>
      <h1 className="page-title">{t("account.securityTitle")}</h1>
      {params.required === "staff" && !status.totpEnabled ? (
        <p className="notice notice--warning" role="alert">
          {t("account.securityStaffRequired")}
        </p>
      ) : null}
      {notice ? (
        <p className="notice notice--success" role="status">
          {notice}
        </p>
      ) : null}

      {codes ? (
        <section className="account-section recovery-codes" aria-labelledby="codes-title">
          <h2 id="codes-title">{t("account.codesTitle")}</h2>
          <p>{t.rich("account.codesText", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
          <ol className="recovery-codes__list" data-testid="recovery-codes">
            {codes.map((code) => (
              <li key={code}>
                <code>{code}</code>
              </li>
            ))}
          </ol>
          <form action={dismissCodesAction}>
            <button type="submit" className="button">
              {t("account.codesSaved")}
            </button>
          </form>
        </section>
      ) : null}

      <section className="account-section" aria-labelledby="totp-title" id="totp">
        <h2 id="totp-title">{t("account.totpTitle")}</h2>
        {status.totpEnabled ? (
          <>
            <p>
              <span className="badge">{t("account.totpOn")}</span>{" "}
              {t.rich("account.totpOnText", { count: status.recoveryCodesLeft, strong: (chunks) => <strong>{chunks}</strong> })}
            </p>
            <h3>{t("account.regenTitle")}</h3>
            <ActionForm action={regenerateCodesAction} className="form" label={t("account.regenTitle")}>
              <PasswordOrCode hasPassword={hasPassword} prefix="regen" />
              <button type="submit" className="button">
                {t("account.regenSubmit")}
              </button>
            </ActionForm>
            <h3>{t("account.disableTitle")}</h3>
            <ActionForm action={disableTwoFactorAction} className="form" label={t("account.disableTitle")}>
              <PasswordOrCode hasPassword={hasPassword} prefix="off" />
              <button type="submit" className="button button--danger">
                {t("account.disableTitle")}
              </button>
            </ActionForm>
          </>
        ) : setup && qr ? (
          <>
            <ol className="steps">
              <li>{t("account.setupScan")}</li>
            </ol>
            <div className="totp-qr" role="img" aria-label={t("account.setupQrLabel")} dangerouslySetInnerHTML={{ __html: qr }} />
            <p>
              {t("account.setupKey")}{" "}
              <code className="totp-secret" data-testid="totp-secret">
                {setup.secret.replace(/(.{4})/g, "$1 ").trim()}
              </code>
            </p>
            <ActionForm action={confirmTotpAction} className="form" label={t("account.setupConfirmLabel")}>
              <div className="field">
                <label htmlFor="confirm-code">{t("account.setupCode")}</label>
                <FormInput id="confirm-code" name="code" inputMode="numeric" autoComplete="one-time-code" required maxLength={12} />
                <FieldError name="code" />
              </div>
              <button type="submit" className="button button--primary">
                {t("account.setupConfirm")}
              </button>
            </ActionForm>
            <form action={cancelTotpAction}>
              <button type="submit" className="button button--small">
                {t("account.setupCancel")}
              </button>
            </form>
          </>
        ) : (
          <>
            <p>{t("account.totpOffText")}</p>
            <ActionForm action={beginTotpAction} className="form" label={t("account.enableTitle")}>
              {hasPassword ? <PasswordOrCode hasPassword prefix="begin" /> : null}
              <button type="submit" className="button button--primary">
                {t("account.enableTitle")}
              </button>
            </ActionForm>
          </>
        )}
      </section>

      <section className="account-section" aria-labelledby="passkeys-title">
        <h2 id="passkeys-title">{t("account.passkeysTitle")}</h2>
        <p>{t("account.passkeysText")}</p>
        {status.passkeys.length > 0 ? (
          <ul className="plain-list passkey-list" aria-label={t("account.passkeysList")}>
            {status.passkeys.map((p) => (
              <li key={p.id} className="passkey-list__item">
                <span>
                  <strong>{p.name}</strong> · {t("account.passkeyAdded", { date: formatDateTime(p.createdAt) })} ·{" "}
                  {p.lastUsedAt ? t("account.passkeyLastUsed", { date: formatDateTime(p.lastUsedAt) }) : t("account.passkeyNeverUsed")}
                </span>
                <ActionForm action={removePasskeyAction} className="passkey-list__remove" label={t("account.passkeyRemoveLabel", { name: p.name })}>
                  <input type="hidden" name="id" value={p.id} />
                  <button type="submit" className="button button--small button--danger">
                    {t("account.passkeyRemove")}
                  </button>
                </ActionForm>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("account.passkeysNone")}</p>
        )}
        <PasskeyRegister
          needsPassword={hasPassword}
          text={{
            label: t("account.passkeyAddLabel"),
            name: t("account.passkeyName"),
            namePlaceholder: t("account.passkeyNamePlaceholder"),
            password: t("account.currentPassword"),
            submit: t("account.passkeyAddLabel"),
            waiting: t("account.passkeyWaiting"),
            cancelled: t("account.passkeyCancelled"),
            added: t.raw("account.passkeyAddedNotice") as string,
            unsupported: t("account.passkeyUnsupported"),
            needsScript: t("account.passkeyNeedsScript"),
          }}
        />
      </section>

      <section className="account-section" aria-labelledby="lost-title">
        <h2 id="lost-title">{t("account.lostTitle")}</h2>
        <ul className="plain-list">
          <li>{t("account.lostCodes")}</li>
          <li>{t("account.lostPasskey")}</li>
          <li>{t("account.lostAll")}</li>
        </ul>
      </section>
    </main>
  );
}
