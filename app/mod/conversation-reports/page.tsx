// Reported private messages: who reported which message, why and when —
// no text of any conversation here. Opening one shows that message and its
// neighbours, and the moderation log records it.
import Link from "next/link";
import { listConversationReports } from "@/lib/conversations/moderate-reports";
import { formatDateTime } from "@/lib/format";
import { getViewer } from "@/lib/next/session";
import { REPORT_REASONS } from "@/lib/validation/moderation";

export const metadata = { title: "Báo cáo tin nhắn riêng" };

export default async function ConversationReportsPage() {
  const groups = await listConversationReports(await getViewer());
  return (
    <>
      <h1 className="page-title">Báo cáo tin nhắn riêng</h1>
      <p className="field__hint">Bạn chỉ xem được tin nhắn bị báo cáo cùng tin liền trước và liền sau. Mỗi lần xem được ghi vào nhật ký điều hành.</p>
      {groups.length === 0 ? <p className="empty">Không có báo cáo nào đang chờ.</p> : null}
      <ul className="conversation-report-list">
        {groups.map((g) => (
          <li key={g.messageId} className="block" data-testid="conversation-report">
            <p>
              <Link href={`/mod/conversation-reports/${g.messageId}`}>Tin nhắn riêng #{g.messageId}</Link> · {g.reports.length} báo cáo
            </p>
            <ul>
              {g.reports.map((r) => (
                <li key={r.id}>
                  {REPORT_REASONS[r.reason as keyof typeof REPORT_REASONS] ?? r.reason} — {r.reporter.displayName} ·{" "}
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
