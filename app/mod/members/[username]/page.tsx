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
import { postLabel, REPORT_STATUS_LABELS } from "@/lib/forum/post-label";
import { REPORT_REASONS, ROLE_LABELS } from "@/lib/validation/moderation";

const STATUS_LABEL: Record<string, string> = { visible: "Hiển thị", hidden: "Đã ẩn", deleted: "Tác giả đã xóa", pending: "Chờ duyệt" };

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
  return (
    <>
      <h1 className="page-title">
        {member.displayName} <RoleBadge role={member.role} />
      </h1>
      <Flash code={done} />
      <p className="page-description">
        @{member.username} · tham gia {formatDate(member.createdAt)} · {member.postCount} bài viết ·{" "}
        {member.email ?? "không có email"} {member.emailVerifiedAt ? "(đã xác minh)" : "(chưa xác minh)"}
      </p>

      <section className="block block--padded" aria-labelledby="role-title">
        <h2 id="role-title" className="block__title">Vai trò và danh hiệu</h2>
        <p>
          {ROLE_LABELS[member.role as Role] ?? member.role}
          {member.userTitle ? ` · danh hiệu “${member.userTitle}”` : " · không có danh hiệu"}
        </p>
        {mayChangeRole ? (
          <ActionForm action={changeRoleAction} className="mod-menu__form" label="Đổi vai trò và danh hiệu">
            <input type="hidden" name="userId" value={member.id} />
            <label htmlFor="member-role">Vai trò</label>
            <FormSelect id="member-role" name="role" defaultValue={member.role}>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABELS[role]}
                </option>
              ))}
            </FormSelect>
            <FieldError name="role" />
            <label htmlFor="member-title">Danh hiệu (hiện dưới tên, để trống nếu không có)</label>
            <FormInput id="member-title" name="userTitle" defaultValue={member.userTitle ?? ""} maxLength={50} />
            <FieldError name="userTitle" />
            <button type="submit" className="button button--small">Lưu vai trò</button>
          </ActionForm>
        ) : (
          <p className="field__hint">Chỉ quản trị viên đổi được vai trò của người khác.</p>
        )}
      </section>

      <section className="block block--padded" aria-labelledby="sanction-title">
        <h2 id="sanction-title" className="block__title">Hình phạt</h2>
        {sanctioned ? (
          <p className="notice notice--warning" data-testid="current-sanction">
            {member.bannedAt ? "Đang bị cấm" : `Tạm khóa đến ${formatDateTime(member.suspendedUntil!)}`}
            {member.sanctionReason ? ` · Lý do: ${member.sanctionReason}` : ""}
          </p>
        ) : (
          <p>Không có hình phạt nào đang áp dụng.</p>
        )}
        {mayPunish ? (
          sanctioned ? (
            <ActionForm action={liftSanctionAction} className="mod-menu__form">
              <input type="hidden" name="userId" value={member.id} />
              <button type="submit" className="button button--small">Gỡ hình phạt</button>
            </ActionForm>
          ) : (
            <ActionForm action={sanctionAction} className="mod-menu__form" label="Xử phạt thành viên">
              <input type="hidden" name="userId" value={member.id} />
              <div className="radio-row">
                <label className="radio"><FormRadio name="kind" value="suspend" defaultChecked /> Tạm khóa đến ngày</label>
                <label className="radio"><FormRadio name="kind" value="ban" /> Cấm vĩnh viễn</label>
              </div>
              <label htmlFor="sanction-ends">Ngày kết thúc (khi tạm khóa)</label>
              <FormInput id="sanction-ends" type="date" name="endsAt" />
              <FieldError name="endsAt" />
              <label htmlFor="sanction-reason">Lý do (thành viên sẽ thấy)</label>
              <FormInput id="sanction-reason" name="reason" required minLength={3} maxLength={500} />
              <FieldError name="reason" />
              <button type="submit" className="button button--small button--danger">Áp dụng</button>
            </ActionForm>
          )
        ) : null}
        {sanctions.length ? (
          <ul className="plain-list">
            {sanctions.map((s) => (
              <li key={s.id}>
                {formatDateTime(s.createdAt)} — {s.kind === "ban" ? "Cấm" : `Tạm khóa đến ${s.endsAt ? formatDateTime(s.endsAt) : "?"}`} bởi{" "}
                {s.moderator.displayName}: {s.reason}
                {s.liftedAt ? ` (đã gỡ ${formatDateTime(s.liftedAt)})` : ""}
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      {twoFactor ? (
        <section className="block block--padded" aria-labelledby="two-factor-title">
          <h2 id="two-factor-title" className="block__title">Xác thực hai bước</h2>
          <p>
            {twoFactor.totpEnabled ? "Đang bật" : "Chưa bật"} · {twoFactor.passkeys.length} passkey
            {twoFactor.totpEnabled ? ` · còn ${twoFactor.recoveryCodesLeft} mã khôi phục` : ""}
          </p>
          {twoFactor.totpEnabled || twoFactor.passkeys.length > 0 ? (
            <ActionForm action={resetTwoFactorAction} className="mod-menu__form" label="Tắt xác thực hai bước của thành viên">
              <input type="hidden" name="userId" value={member.id} />
              <p className="field__hint">
                Chỉ dùng khi thành viên mất cả thiết bị lẫn mã khôi phục, sau khi đã xác minh đúng là chủ tài khoản (ví dụ qua email đã
                đăng ký). Xóa ứng dụng xác thực, mã khôi phục và mọi passkey; mọi phiên đăng nhập của họ kết thúc; ghi vào nhật ký.
              </p>
              <label htmlFor="two-factor-reason">Lý do / cách đã xác minh</label>
              <FormInput id="two-factor-reason" name="reason" required minLength={3} maxLength={300} />
              <FieldError name="reason" />
              <button type="submit" className="button button--small button--danger">Tắt xác thực hai bước</button>
            </ActionForm>
          ) : null}
        </section>
      ) : null}

      <section className="block block--padded" aria-labelledby="network-title">
        <h2 id="network-title" className="block__title">Tài khoản khác cùng mạng</h2>
        {sameNetwork.length === 0 ? (
          <p>Không có tài khoản nào khác đăng bài từ cùng địa chỉ mạng.</p>
        ) : (
          <ul className="plain-list" data-testid="same-network">
            {sameNetwork.map((u) => (
              <li key={u.id}>
                <Link href={`/mod/members/${encodeURIComponent(u.username)}`}>{u.displayName}</Link> @{u.username}
                {u.bannedAt ? " · bị cấm" : ""}
              </li>
            ))}
          </ul>
        )}
        <p className="field__hint">Chỉ so sánh mã băm có muối của địa chỉ mạng; địa chỉ thật không được lưu.</p>
      </section>

      <section className="block block--padded" aria-labelledby="reports-title">
        <h2 id="reports-title" className="block__title">Báo cáo về thành viên này</h2>
        {reports.length === 0 ? <p>Chưa có báo cáo nào.</p> : null}
        <ul className="plain-list">
          {reports.map((r) => (
            <li key={r.id}>
              {formatDateTime(r.createdAt)} — <Link href={postPath({ id: r.postId })}>{postLabel(r.post.number)}</Link>:{" "}
              {REPORT_REASONS[r.reason as keyof typeof REPORT_REASONS] ?? r.reason} ({REPORT_STATUS_LABELS[r.status] ?? r.status}) bởi {r.reporter.displayName}
              {r.note ? ` — “${r.note}”` : ""}
            </li>
          ))}
        </ul>
      </section>

      <section className="block block--padded" aria-labelledby="posts-title">
        <h2 id="posts-title" className="block__title">Bài viết gần đây (kể cả bài đã ẩn)</h2>
        {posts.length === 0 ? <p>Chưa có bài viết nào.</p> : null}
        <ul className="mod-list">
          {posts.map((p) => (
            <li key={p.id} className="mod-list__item">
              <div className="mod-list__main">
                <div className="mod-list__meta">
                  <Link href={postPath(p)}>{p.thread.title}</Link> · {postLabel(p.number)} · {formatDateTime(p.createdAt)} ·{" "}
                  <span className="badge">{STATUS_LABEL[p.status] ?? p.status}</span>
                  {p.statusReason ? ` Lý do: ${p.statusReason}` : ""}
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
