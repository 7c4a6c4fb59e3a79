// Member search for moderators.
import Link from "next/link";
import { RoleBadge } from "@/components/role-badge";
import { searchMembers } from "@/lib/moderation/read-members";
import { formatDate, formatNumber } from "@/lib/format";
import { getViewer } from "@/lib/next/session";
import { localized, translator } from "@/lib/i18n/server";

export async function generateMetadata() {
  const t = await translator();
  return { title: t("mod.membersTitle") };
}

export default async function ModMembersPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  const members = await searchMembers(await getViewer(), q);
  const t = await translator();
  return (
    <>
      <h1 className="page-title">{t("mod.membersTitle")}</h1>
      <form method="get" className="filters" role="search" aria-label={t("mod.membersSearchLabel")}>
        <label>
          {t("mod.membersQuery")} <input name="q" defaultValue={q} maxLength={100} />
        </label>
        <button type="submit" className="button button--small">
          {t("mod.membersSearch")}
        </button>
      </form>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t("mod.membersMember")}</th>
            <th scope="col">{t("mod.membersJoined")}</th>
            <th scope="col">{t("mod.membersPosts")}</th>
            <th scope="col">{t("mod.membersStatus")}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id}>
              <td>
                <Link href={localized(`/mod/members/${encodeURIComponent(m.username)}`)}>{m.displayName}</Link> <span className="muted">@{m.username}</span>
                <RoleBadge role={m.role} />
              </td>
              <td>{formatDate(m.createdAt)}</td>
              <td>{formatNumber(m.postCount)}</td>
              <td>{m.bannedAt
                  ? t("mod.membersBanned")
                  : m.suspendedUntil && m.suspendedUntil > new Date()
                    ? t("mod.membersSuspendedUntil", { date: formatDate(m.suspendedUntil) })
                    : t("mod.membersNormal")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
