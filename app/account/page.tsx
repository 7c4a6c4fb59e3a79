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
import { localized, translator } from "@/lib/i18n/server";
import { PASSWORD_MIN } from "@/lib/validation/account-limits";

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator();
  return { title: t("account.title"), robots: { index: false } };
}

export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer("/account");
  const params = await searchParams;
  const member = await db.user.findUniqueOrThrow({
    where: { id: viewer.id },
    select: { email: true, emailVerifiedAt: true, passwordHash: true, accounts: { select: { provider: true } } },
  });
  const t = await translator();
  // Only known codes are shown, so the URL cannot inject text.
  const notices: Record<string, string> = {
    password: t("account.noticePassword"),
    "deletion-cancelled": t("account.noticeDeletionCancelled"),
  };
  const notice = typeof params.notice === "string" ? notices[params.notice] : params.welcome === "admin" ? t("account.noticeWelcomeAdmin") : undefined;
  return (
    <main className="content content--narrow account-page">
      <h1 className="page-title">{t("account.title")}</h1>
      {notice ? (
        <p className="notice notice--success" role="status">
          {notice}
        </p>
      ) : null}
      <dl className="account-summary">
        <dt>{t("account.username")}</dt>
        <dd>
          <Link href={localized(memberPath(viewer))}>{viewer.username}</Link> <RoleBadge role={viewer.role} />
        </dd>
        <dt>{t("account.email")}</dt>
        <dd>
          {member.email ?? "—"}{" "}
          {member.email ? (member.emailVerifiedAt ? <span className="badge">{t("account.verified")}</span> : <span className="badge badge--warn">{t("account.unverified")}</span>) : null}
        </dd>
        <dt>{t("account.joined")}</dt>
        <dd>{formatDate(viewer.createdAt)}</dd>
        {member.accounts.length > 0 ? (
          <>
            <dt>{t("account.logsInWith")}</dt>
            <dd>{member.accounts.map((a) => (a.provider === "google" ? "Google" : a.provider === "github" ? "GitHub" : a.provider)).join(", ")}</dd>
          </>
        ) : null}
      </dl>

      {/* The member's language (issue 17): its strings come from the catalogs. */}
      <LanguageSection memberId={viewer.id} justSaved={params.notice === "language"} />

      <section aria-labelledby="account-avatar" className="account-section">
        <h2 id="account-avatar">{t("account.avatarTitle")}</h2>
        <AvatarForm user={{ username: viewer.username, displayName: viewer.displayName, avatarUrl: viewer.avatarUrl ?? null }} />
      </section>

      <section aria-labelledby="account-name" className="account-section">
        <h2 id="account-name">{t("account.displayNameTitle")}</h2>
        <DisplayNameForm
          current={viewer.displayName}
          text={{ label: t("account.displayNameLabel"), field: t("account.displayNameTitle"), submit: t("account.displayNameSave"), pending: t("account.sending") }}
        />
      </section>

      <section aria-labelledby="account-password" className="account-section">
        <h2 id="account-password">{t("account.passwordTitle")}</h2>
        {member.passwordHash ? (
          <PasswordForm
            text={{
              label: t("account.passwordLabel"),
              current: t("account.currentPassword"),
              password: t("account.newPassword"),
              passwordHint: t("account.newPasswordHint", { min: PASSWORD_MIN }),
              confirm: t("account.newPasswordConfirm"),
              submit: t("account.passwordLabel"),
              pending: t("account.sending"),
            }}
          />
        ) : (
          <p>
            {t("account.noPassword")}{" "}
            <Link href={localized("/forgot-password")}>{t("account.forgotLink")}</Link>
          </p>
        )}
      </section>

      <section aria-labelledby="account-security" className="account-section">
        <h2 id="account-security">{t("account.securityTitle")}</h2>
        <p>
          {t("account.securityText")} <Link href={localized("/account/security")}>{t("account.securityLink")}</Link>
        </p>
      </section>

      {/* Alerts (issue 19): watched threads, e-mail and alert settings. */}
      <section aria-labelledby="account-alerts" className="account-section">
        <h2 id="account-alerts">{t("account.alertsTitle")}</h2>
        <p>
          <Link href={localized("/account/notifications")}>{t("account.alertsSettingsLink")}</Link> · <Link href={localized("/account/watched")}>{t("account.watchedLink")}</Link> ·{" "}
          <Link href={localized("/account/bookmarks")}>{t("account.bookmarksLink")}</Link> · <Link href={localized("/account/ignored")}>{t("account.ignoredLink")}</Link>
        </p>
      </section>

      <section aria-labelledby="account-email" className="account-section">
        <h2 id="account-email">{t("account.email")}</h2>
        <EmailForm
          text={{
            label: t("account.emailLabel"),
            email: t("account.newEmail"),
            emailHint: t("account.newEmailHint", { current: member.email ?? t("account.noEmail") }),
            current: t("account.currentPassword"),
            submit: t("account.emailSubmit"),
            pending: t("account.sending"),
          }}
        />
      </section>

      <section aria-labelledby="account-sessions" className="account-section">
        <h2 id="account-sessions">{t("account.sessionsTitle")}</h2>
        <p>{t("account.sessionsText")}</p>
        <form action={logOutAllDevices}>
          <button type="submit" className="button button--danger">
            {t("account.logOutEverywhere")}
          </button>
        </form>
      </section>

      <section aria-labelledby="account-data" className="account-section">
        <h2 id="account-data">{t("account.dataTitle")}</h2>
        <p>{t("account.dataText")}</p>
        <p>
          <a className="button" href={localized("/account/data/export")} download>
            {t("account.dataDownload")}
          </a>
        </p>
        <h3>{t("account.deleteTitle")}</h3>
        <p>{t("account.deleteText")}</p>
        <DeleteAccountForm
          hasPassword={member.passwordHash !== null}
          text={{
            label: t("account.deleteTitle"),
            posts: t("account.deletePosts"),
            keep: t("account.deleteKeep"),
            remove: t("account.deleteRemove"),
            password: t("account.currentPassword"),
            confirmUsername: t("account.deleteConfirmUsername"),
            confirmUsernameHint: t("account.deleteConfirmUsernameHint"),
            warning: t("account.deleteWarning", { days: deletionGraceDays() }),
            submit: t("account.deleteSubmit"),
            pending: t("account.deletePending"),
          }}
        />
      </section>
    </main>
  );
}
