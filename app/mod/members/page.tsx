// Member search for moderators.
import Link from "next/link";
import { RoleBadge } from "@/components/role-badge";
import { searchMembers } from "@/lib/moderation/read-members";
import { formatDate, formatNumber } from "@/lib/format";
import { getViewer } from "@/lib/next/session";
import { localized, translator } from "@/lib/i18n/server";

export async function generateMetadata() {
  const t = await translator();
  return { title: t("mod.members.title") };
}

export default async function ModMembersPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  const members = await searchMembers(await getViewer(), q);
  const t = await translator();
  return (
    <>
      <h1 className="page-title">{t("mod.members.title")}</h1>
      <form method="get" className="filters" role="search" aria-label={t("mod.members.searchLabel")}>
        <label>
          {t("mod.members.query")} <input name="q" defaultValue={q} maxLength={100} />
        </label>
        <button type="submit" className="button button--small">
          {t("mod.members.search")}
        </button>
      </form>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t("mod.members.member")}</th>
            <th scope="col">{t("mod.members.joined")}</th>
            <th scope="col">{t("mod.members.posts")}</th>
            <th scope="col">{t("mod.members.status")}</th>
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
                  ? t("mod.members.banned")
                  : m.suspendedUntil && m.suspendedUntil > new Date()
                    ? t("mod.members.suspendedUntil", { date: formatDate(m.suspendedUntil) })
                    : t("mod.members.normal")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
