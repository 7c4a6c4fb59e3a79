// One member as moderators see them: posts (hidden ones too), reports about
// them, sanctions (with the forms to suspend, ban or lift), and other accounts
// that posted from the same network.
import Link from "next/link";
import { Flash } from "@/components/forms/flash";
import { notFound } from "next/navigation";
import { ActionForm, FieldError, FormInput, FormRadio, FormSelect } from "@/components/forms/action-form";
import { RoleBadge } from "@/components/role-badge";
import { changeRoleAction, liftSanctionAction, resetTwoFactorAction, sanctionAction } from "@/actions/moderation";
import { db } from "@/lib/db";
import { twoFactorStatus } from "@/lib/accounts/two-factor/status";
import { getMemberRecord } from "@/lib/moderation/read-members";
import { formatDate, formatDateTime } from "@/lib/format";
import { canChangeRole, canResetTwoFactor, canSanction, ROLES, type Role } from "@/lib/permissions";
import { getViewer } from "@/lib/next/session";
import { postPath } from "@/lib/urls";
import { localized, translator } from "@/lib/i18n/server";
import { postPlaceLabel, postStatusLabel, reportReasonLabel, reportStatusLabel, roleLabel } from "@/lib/mod-log/labels";

export default async function ModMemberPage({
  params,
  searchParams,
}: {
  params: Promise<{ username: string }>;
  searchParams: Promise<{ done?: string | string[] }>;
}) {
  const { done } = await searchParams;
  const viewer = await getViewer();
  const record = await getMemberRecord(viewer, decodeURIComponent((await params).username));
  if (!record) notFound();
  const { member, posts, reports, sanctions, sameNetwork } = record;
  const sanctioned = !!member.bannedAt || (!!member.suspendedUntil && member.suspendedUntil > new Date());
  const mayPunish = canSanction(viewer, { id: member.id, role: member.role as Role });
  const mayChangeRole = canChangeRole(viewer, { id: member.id, role: member.role as Role });
  const mayResetTwoFactor = canResetTwoFactor(viewer, { id: member.id, role: member.role as Role });
  const twoFactor = mayResetTwoFactor ? await twoFactorStatus(db, member.id) : null;
  const t = await translator();
  return (
    <>
      <h1 className="page-title">
        {member.displayName} <RoleBadge role={member.role} />
      </h1>
      <Flash code={done} />
      <p className="page-description">
        @{member.username} · {t("mod.memberJoined", { date: formatDate(member.createdAt) })} ·{" "}
        {t("mod.memberPostCount", { count: member.postCount })} · {member.email ?? t("mod.memberNoEmail")}{" "}
        {member.emailVerifiedAt ? t("mod.labelsVerified") : t("mod.labelsUnverified")}
      </p>

      <section className="block block--padded" aria-labelledby="role-title">
        <h2 id="role-title" className="block__title">{t("mod.memberRoleTitle")}</h2>
        <p>
          {roleLabel(member.role)}
          {member.userTitle ? ` · ${t("mod.memberUserTitle", { title: member.userTitle })}` : ` · ${t("mod.memberNoUserTitle")}`}
        </p>
        {mayChangeRole ? (
          <ActionForm action={changeRoleAction} className="mod-menu__form" label={t("mod.memberChangeRoleLabel")}>
            <input type="hidden" name="userId" value={member.id} />
            <label htmlFor="member-role">{t("mod.memberRole")}</label>
            <FormSelect id="member-role" name="role" defaultValue={member.role}>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {roleLabel(role)}
                </option>
              ))}
            </FormSelect>
            <FieldError name="role" />
            <label htmlFor="member-title">{t("mod.memberUserTitleField")}</label>
            <FormInput id="member-title" name="userTitle" defaultValue={member.userTitle ?? ""} maxLength={50} />
            <FieldError name="userTitle" />
            <button type="submit" className="button button--small">{t("mod.memberSaveRole")}</button>
          </ActionForm>
        ) : (
          <p className="field__hint">{t("mod.memberOnlyAdmins")}</p>
        )}
      </section>

      <section className="block block--padded" aria-labelledby="sanction-title">
        <h2 id="sanction-title" className="block__title">{t("mod.memberSanctionTitle")}</h2>
        {sanctioned ? (
          <p className="notice notice--warning" data-testid="current-sanction">
            {member.bannedAt ? t("mod.memberBanned") : t("mod.memberSuspendedUntil", { date: formatDateTime(member.suspendedUntil!) })}
            {member.sanctionReason ? ` · ${t("mod.memberReason", { reason: member.sanctionReason })}` : ""}
          </p>
        ) : (
          <p>{t("mod.memberNoSanction")}</p>
        )}
        {mayPunish ? (
          sanctioned ? (
            <ActionForm action={liftSanctionAction} className="mod-menu__form">
              <input type="hidden" name="userId" value={member.id} />
              <button type="submit" className="button button--small">{t("mod.memberLift")}</button>
            </ActionForm>
          ) : (
            <ActionForm action={sanctionAction} className="mod-menu__form" label={t("mod.memberSanctionLabel")}>
              <input type="hidden" name="userId" value={member.id} />
              <div className="radio-row">
                <label className="radio"><FormRadio name="kind" value="suspend" defaultChecked /> {t("mod.memberSuspendUntilDate")}</label>
                <label className="radio"><FormRadio name="kind" value="ban" /> {t("mod.memberBanForever")}</label>
              </div>
              <label htmlFor="sanction-ends">{t("mod.memberEndsAt")}</label>
              <FormInput id="sanction-ends" type="date" name="endsAt" />
              <FieldError name="endsAt" />
              <label htmlFor="sanction-reason">{t("mod.memberReasonShown")}</label>
              <FormInput id="sanction-reason" name="reason" required minLength={3} maxLength={500} />
              <FieldError name="reason" />
              <button type="submit" className="button button--small button--danger">{t("mod.memberApply")}</button>
            </ActionForm>
          )
        ) : null}
        {sanctions.length ? (
          <ul className="plain-list">
            {sanctions.map((s) => (
              <li key={s.id}>
                {formatDateTime(s.createdAt)} —{" "}
                {t("mod.memberSanctionBy", {
                  sanction: s.kind === "ban" ? t("mod.memberBan") : t("mod.memberSuspendedUntilShort", { date: s.endsAt ? formatDateTime(s.endsAt) : "?" }),
                  moderator: s.moderator.displayName,
                })}
                : {s.reason}
                {s.liftedAt ? ` ${t("mod.memberLifted", { date: formatDateTime(s.liftedAt) })}` : ""}
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      {twoFactor ? (
        <section className="block block--padded" aria-labelledby="two-factor-title">
          <h2 id="two-factor-title" className="block__title">{t("mod.memberTwoFactorTitle")}</h2>
          <p>
            {twoFactor.totpEnabled ? t("mod.memberTwoFactorOn") : t("mod.memberTwoFactorOff")} ·{" "}
            {t("mod.memberPasskeys", { count: twoFactor.passkeys.length })}
            {twoFactor.totpEnabled ? ` · ${t("mod.memberRecoveryCodesLeft", { count: twoFactor.recoveryCodesLeft })}` : ""}
          </p>
          {twoFactor.totpEnabled || twoFactor.passkeys.length > 0 ? (
            <ActionForm action={resetTwoFactorAction} className="mod-menu__form" label={t("mod.memberResetTwoFactorLabel")}>
              <input type="hidden" name="userId" value={member.id} />
              <p className="field__hint">
                {t("mod.memberResetTwoFactorHint")}
              </p>
              <label htmlFor="two-factor-reason">{t("mod.memberResetTwoFactorReason")}</label>
              <FormInput id="two-factor-reason" name="reason" required minLength={3} maxLength={300} />
              <FieldError name="reason" />
              <button type="submit" className="button button--small button--danger">{t("mod.memberResetTwoFactor")}</button>
            </ActionForm>
          ) : null}
        </section>
      ) : null}

      <section className="block block--padded" aria-labelledby="network-title">
        <h2 id="network-title" className="block__title">{t("mod.memberNetworkTitle")}</h2>
        {sameNetwork.length === 0 ? (
          <p>{t("mod.memberNetworkNone")}</p>
        ) : (
          <ul className="plain-list" data-testid="same-network">
            {sameNetwork.map((u) => (
              <li key={u.id}>
                <Link href={localized(`/mod/members/${encodeURIComponent(u.username)}`)}>{u.displayName}</Link> @{u.username}
                {u.bannedAt ? ` · ${t("mod.memberNetworkBanned")}` : ""}
              </li>
            ))}
          </ul>
        )}
        <p className="field__hint">{t("mod.memberNetworkHint")}</p>
      </section>

      <section className="block block--padded" aria-labelledby="reports-title">
        <h2 id="reports-title" className="block__title">{t("mod.memberReportsTitle")}</h2>
        {reports.length === 0 ? <p>{t("mod.memberReportsNone")}</p> : null}
        <ul className="plain-list">
          {reports.map((r) => (
            <li key={r.id}>
              {formatDateTime(r.createdAt)} — <Link href={localized(postPath({ id: r.postId }))}>{postPlaceLabel(r.post.number)}</Link>:{" "}
              {t("mod.memberReportBy", { reason: reportReasonLabel(r.reason), status: reportStatusLabel(r.status), reporter: r.reporter.displayName })}
              {r.note ? ` — “${r.note}”` : ""}
            </li>
          ))}
        </ul>
      </section>

      <section className="block block--padded" aria-labelledby="posts-title">
        <h2 id="posts-title" className="block__title">{t("mod.memberPostsTitle")}</h2>
        {posts.length === 0 ? <p>{t("mod.memberPostsNone")}</p> : null}
        <ul className="mod-list">
          {posts.map((p) => (
            <li key={p.id} className="mod-list__item">
              <div className="mod-list__main">
                <div className="mod-list__meta">
                  <Link href={localized(postPath(p))}>{p.thread.title}</Link> · {postPlaceLabel(p.number)} · {formatDateTime(p.createdAt)} ·{" "}
                  <span className="badge">{postStatusLabel(p.status)}</span>
                  {p.statusReason ? ` ${t("mod.memberReason", { reason: p.statusReason })}` : ""}
                </div>
                <div className="prose mod-list__body" dangerouslySetInnerHTML={{ __html: p.html }} />
              </div>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
