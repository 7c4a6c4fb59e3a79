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
import { localized, translator } from "@/lib/i18n/server";
import { reportReasonLabel } from "@/lib/mod-log/labels";

export async function generateMetadata() {
  const t = await translator();
  return { title: t("mod.reportsTitle") };
}

/** "Spam (2), Lạc đề (1)": each reason once, in the order first reported. */
function reasonCounts(reports: readonly { reason: string }[]): string {
  const counts = new Map<string, number>();
  for (const r of reports) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
  return [...counts].map(([reason, n]) => `${reportReasonLabel(reason)} (${n})`).join(", ");
}

export default async function ReportsPage({ searchParams }: { searchParams: Promise<{ done?: string | string[] }> }) {
  const { done } = await searchParams;
  const groups = await listOpenReports(await getViewer());
  const t = await translator();
  return (
    <>
      <h1 className="page-title">{t("mod.reportsHeading")}</h1>
      <Flash code={done} />
      {groups.length === 0 ? <p className="empty">{t("mod.reportsEmpty")}</p> : null}
      <ul className="mod-list">
        {groups.map(({ post, reports }) => (
          <li key={post.id} className="mod-list__item mod-list__item--report" data-testid="report-group">
            <div className="mod-list__main">
              <div className="mod-list__meta">
                <strong>{t("mod.reportsCount", { count: reports.length })}</strong> · {reasonCounts(reports)}
                {post.statusReason === AUTO_HIDE_REASON ? <span className="badge badge--admin">{t("mod.reportsAutoHidden")}</span> : null}
              </div>
              <div className="mod-list__meta">
                {t.rich("mod.reportsPostBy", {
                  author: () => <Link href={localized(memberPath(post.author))}>{post.author.displayName}</Link>,
                  thread: () => <Link href={localized(postPath(post))}>{post.thread.title}</Link>,
                })}{" "}
                · {formatDateTime(post.createdAt)}
              </div>
              <div className="prose mod-list__body" dangerouslySetInnerHTML={{ __html: post.html }} />
              <ul className="mod-list__reports">
                {reports.map((r) => (
                  <li key={r.id}>
                    <Link href={localized(memberPath(r.reporter))}>{r.reporter.displayName}</Link>:{" "}
                    {reportReasonLabel(r.reason)}
                    {r.note ? ` — “${r.note}”` : ""}
                  </li>
                ))}
              </ul>
              <ActionForm action={resolveReportsAction} className="mod-menu__form" label={t("mod.reportsResolveLabel")}>
                <input type="hidden" name="postId" value={post.id} />
                <div className="radio-row">
                  <label className="radio">
                    <FormRadio name="outcome" value="hide" /> {t("mod.reportsHidePost")}
                  </label>
                  <label className="radio">
                    <FormRadio name="outcome" value="dismiss" /> {t("mod.reportsDismiss")}
                  </label>
                </div>
                {/* Nothing chosen by default: one click on "Xử lý" must not hide a post (XenForo does nothing by default). */}
                <FieldError name="outcome" />
                <label htmlFor={`note-${post.id}`}>{t("mod.reportsNote")}</label>
                <FormTextarea id={`note-${post.id}`} name="note" rows={2} maxLength={1000} />
                <FieldError name="note" />
                <button type="submit" className="button button--small button--primary">
                  {t("mod.reportsResolve")}
                </button>
              </ActionForm>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
