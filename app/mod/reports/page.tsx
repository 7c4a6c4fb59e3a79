// Open reports grouped by post, auto-hidden posts first; one decision
// (hide or dismiss, with a note) resolves every report about the post.
import Link from "next/link";
import { Flash } from "@/components/forms/flash";
import { ActionForm, FieldError, FormRadio, FormTextarea } from "@/components/forms/action-form";
import { resolveReportsAction } from "@/actions/moderation";
import { AUTO_HIDE_REASON, listOpenReports } from "@/lib/moderation/reports";
import { formatDateTime } from "@/lib/format";
import { getViewer } from "@/lib/next/session";
import { memberPath, postPath } from "@/lib/urls";
import { REPORT_REASONS } from "@/lib/validation/moderation";

export const metadata = { title: "Báo cáo" };

export default async function ReportsPage({ searchParams }: { searchParams: Promise<{ done?: string | string[] }> }) {
  const { done } = await searchParams;
  const groups = await listOpenReports(await getViewer());
  return (
    <>
      <h1 className="page-title">Báo cáo đang chờ xử lý</h1>
      <Flash code={done} />
      {groups.length === 0 ? <p className="empty">Không có báo cáo nào đang chờ.</p> : null}
      <ul className="mod-list">
        {groups.map(({ post, reports, reasons }) => (
          <li key={post.id} className="mod-list__item mod-list__item--report" data-testid="report-group">
            <div className="mod-list__main">
              <div className="mod-list__meta">
                <strong>{reports.length} báo cáo</strong> · {Object.entries(reasons).map(([label, n]) => `${label} (${n})`).join(", ")}
                {post.statusReason === AUTO_HIDE_REASON ? <span className="badge badge--admin">Đã tự động ẩn</span> : null}
              </div>
              <div className="mod-list__meta">
                Bài của <Link href={memberPath(post.author)}>{post.author.displayName}</Link> trong{" "}
                <Link href={postPath(post)}>{post.thread.title}</Link> · {formatDateTime(post.createdAt)}
              </div>
              <div className="prose mod-list__body" dangerouslySetInnerHTML={{ __html: post.html }} />
              <ul className="mod-list__reports">
                {reports.map((r) => (
                  <li key={r.id}>
                    <Link href={memberPath(r.reporter)}>{r.reporter.displayName}</Link>:{" "}
                    {REPORT_REASONS[r.reason as keyof typeof REPORT_REASONS] ?? r.reason}
                    {r.note ? ` — “${r.note}”` : ""}
                  </li>
                ))}
              </ul>
              <ActionForm action={resolveReportsAction} className="mod-menu__form" label="Xử lý báo cáo">
                <input type="hidden" name="postId" value={post.id} />
                <div className="radio-row">
                  <label className="radio">
                    <FormRadio name="outcome" value="hide" /> Ẩn bài viết
                  </label>
                  <label className="radio">
                    <FormRadio name="outcome" value="dismiss" /> Bỏ qua (không vi phạm)
                  </label>
                </div>
                {/* Nothing chosen by default: one click on "Xử lý" must not hide a post (XenForo does nothing by default). */}
                <FieldError name="outcome" />
                <label htmlFor={`note-${post.id}`}>Ghi chú (người báo cáo sẽ thấy; dùng làm lý do khi ẩn)</label>
                <FormTextarea id={`note-${post.id}`} name="note" rows={2} maxLength={1000} />
                <FieldError name="note" />
                <button type="submit" className="button button--small button--primary">
                  Xử lý
                </button>
              </ActionForm>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
