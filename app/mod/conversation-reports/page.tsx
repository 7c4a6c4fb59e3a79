// Reported private messages: who reported which message, why and when —
// no text of any conversation here. Opening one shows that message and its
// neighbours, and the moderation log records it.
import Link from "next/link";
import { listConversationReports } from "@/lib/conversations/moderate-reports";
import { formatDateTime } from "@/lib/format";
import { getViewer } from "@/lib/next/session";
import { localized, translator } from "@/lib/i18n/server";
import { reportReasonLabel } from "@/lib/mod-log/labels";

export async function generateMetadata() {
  const t = await translator();
  return { title: t("mod.conversationReportsTitle") };
}

export default async function ConversationReportsPage() {
  const groups = await listConversationReports(await getViewer());
  const t = await translator();
  return (
    <>
      <h1 className="page-title">{t("mod.conversationReportsTitle")}</h1>
      <p className="field__hint">{t("mod.conversationReportsHint")}</p>
      {groups.length === 0 ? <p className="empty">{t("mod.reportsEmpty")}</p> : null}
      <ul className="conversation-report-list">
        {groups.map((g) => (
          <li key={g.messageId} className="block" data-testid="conversation-report">
            <p>
              <Link href={localized(`/mod/conversation-reports/${g.messageId}`)}>{t("mod.conversationReportsMessage", { id: g.messageId })}</Link> ·{" "}
              {t("mod.reportsCount", { count: g.reports.length })}
            </p>
            <ul>
              {g.reports.map((r) => (
                <li key={r.id}>
                  {reportReasonLabel(r.reason)} — {r.reporter.displayName} ·{" "}
                  <time dateTime={r.createdAt.toISOString()}>{formatDateTime(r.createdAt)}</time>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
