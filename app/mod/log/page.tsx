// The moderation log: who did what to whom, why and when. Append-only.
import Link from "next/link";
import { listModLog } from "@/lib/mod-log/read-log";
import { MOD_ACTIONS } from "@/lib/mod-log/log-action";
import { modActionLabel, postPlaceLabel } from "@/lib/mod-log/labels";
import { localized, translator } from "@/lib/i18n/server";
import { t as text } from "@/lib/i18n/text";
import { describeLogDetails } from "@/lib/mod-log/describe-log-details";
import { resolveLogTargets, type LogTarget } from "@/lib/mod-log/log-targets";
import { formatDateTime } from "@/lib/format";
import { getViewer } from "@/lib/next/session";
import { memberPath } from "@/lib/urls";

export async function generateMetadata() {
  const t = await translator();
  return { title: t("mod.logTitle") };
}

type Search = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

/** The thread by its title, a post by its number in the thread and the thread's title (lib/mod-log/log-targets.ts). */
function targetLink(target: LogTarget | undefined): React.ReactNode {
  if (!target) return null;
  const t = text;
  if (target.kind === "conversation-message")
    return <Link href={localized(`/mod/conversation-reports/${target.messageId}`)}>{t("mod.logTargetMessage", { id: target.messageId })}</Link>;
  if (target.kind === "thread") return <Link href={localized(`/threads/${target.threadId}`)}>{target.title ? `“${target.title}”` : t("mod.logTargetThreadDeleted")}</Link>;
  // Numbered as the thread numbers it (lib/forum/post-label.ts).
  const which = target.number === null ? t("mod.logTargetPostPurged") : postPlaceLabel(target.number);
  return <Link href={localized(`/posts/${target.postId}`)}>{target.title ? t("mod.logTargetPostIn", { post: which, title: target.title }) : which}</Link>;
}

export default async function ModLogPage({ searchParams }: { searchParams: Search }) {
  const q = await searchParams;
  const filters = { moderator: one(q.moderator), member: one(q.member), action: one(q.action), before: Number(one(q.before)) || undefined };
  const { entries, next } = await listModLog(await getViewer(), filters);
  const targets = await resolveLogTargets(entries);
  const t = await translator();
  const nextHref = next
    ? localized(`/mod/log?${new URLSearchParams({ ...(filters.moderator ? { moderator: filters.moderator } : {}), ...(filters.member ? { member: filters.member } : {}), ...(filters.action ? { action: filters.action } : {}), before: String(next) })}`)
    : null;
  return (
    <>
      <h1 className="page-title">{t("mod.logTitle")}</h1>
      <form method="get" className="filters" role="search" aria-label={t("mod.logFilterLabel")}>
        <label>
          {t("mod.logModerator")} <input name="moderator" defaultValue={filters.moderator} placeholder={t("mod.logUsernamePlaceholder")} />
        </label>
        <label>
          {t("mod.logMember")} <input name="member" defaultValue={filters.member} placeholder={t("mod.logUsernamePlaceholder")} />
        </label>
        <label>
          {t("mod.logAction")}
          <select name="action" defaultValue={filters.action ?? ""}>
            <option value="">{t("mod.logAllActions")}</option>
            {MOD_ACTIONS.map((key) => (
              <option key={key} value={key}>
                {modActionLabel(key)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button button--small">
          {t("mod.logFilter")}
        </button>
      </form>
      {entries.length === 0 ? <p className="empty">{t("mod.logEmpty")}</p> : null}
      <table className="table" data-testid="mod-log">
        <thead>
          <tr>
            <th scope="col">{t("mod.logTime")}</th>
            <th scope="col">{t("mod.logModerator")}</th>
            <th scope="col">{t("mod.logAction")}</th>
            <th scope="col">{t("mod.logTarget")}</th>
            <th scope="col">{t("mod.logDetails")}</th>
            <th scope="col">{t("mod.logReason")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} data-action={e.action}>
              <td>
                <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt)}</time>
              </td>
              <td>
                <Link href={localized(memberPath(e.actor))}>{e.actor.displayName}</Link>
              </td>
              <td>{modActionLabel(e.action)}</td>
              <td>
                {targetLink(targets.get(e.id))}
                {e.targetUser ? (
                  <>
                    {" "}
                    (<Link href={localized(`/mod/members/${encodeURIComponent(e.targetUser.username)}`)}>{e.targetUser.displayName}</Link>)
                  </>
                ) : null}
              </td>
              <td>{describeLogDetails(e.action, e.details) ?? ""}</td>
              <td>{e.reason ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {nextHref ? (
        <p>
          <Link href={nextHref} className="button">
            {t("mod.logOlder")}
          </Link>
        </p>
      ) : null}
    </>
  );
}
