// One reported private message, for moderators: the message, the one before
// and the one after it, the reports, and what to do (hide it, or dismiss the
// reports; sanction the sender on their member page). Reading it is logged.
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm, FormRadio, FormTextarea } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { resolveMessageReportAction } from "@/actions/conversations";
import { viewReportedMessage } from "@/lib/conversations/moderate-reports";
import { isUserFacingError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { getViewer } from "@/lib/next/session";
import { REPORT_REASONS } from "@/lib/validation/moderation";

export const metadata = { title: "Tin nhắn riêng bị báo cáo" };

type Shown = { number: number; html: string; status: string; createdAt: Date; author: { displayName: string } };

function Message({ m, label, testId }: { m: Shown; label: string; testId: string }) {
  return (
    <article className="block conversation-report__message" data-testid={testId}>
      <p className="field__hint">
        {label} · #{m.number} · {m.author.displayName} · <time dateTime={m.createdAt.toISOString()}>{formatDateTime(m.createdAt)}</time>
        {m.status !== "visible" ? " · đã ẩn" : ""}
      </p>
      <div className="prose" dangerouslySetInnerHTML={{ __html: m.html }} />
    </article>
  );
}

export default async function ReportedMessagePage({ params }: { params: Promise<{ messageId: string }> }) {
  const messageId = Number((await params).messageId);
  if (!Number.isSafeInteger(messageId) || messageId <= 0) notFound();
  let seen: Awaited<ReturnType<typeof viewReportedMessage>>;
  try {
    seen = await viewReportedMessage(await getViewer(), messageId);
  } catch (error) {
    if (isUserFacingError(error)) notFound();
    throw error;
  }
  const { message, before, after, reports } = seen;
  const open = reports.some((r) => r.status === "open");
  return (
    <>
      <p>
        <Link href="/mod/conversation-reports">← Báo cáo tin nhắn riêng</Link>
      </p>
      <h1 className="page-title">Tin nhắn riêng bị báo cáo</h1>
      {before ? <Message m={before} label="Tin liền trước" testId="context-before" /> : null}
      <Message m={message} label="Tin bị báo cáo" testId="reported-message" />
      {after ? <Message m={after} label="Tin liền sau" testId="context-after" /> : null}
      <section className="block conversation-report__section">
        <h2 className="block__title">Báo cáo</h2>
        <ul>
          {reports.map((r) => (
            <li key={r.id}>
              {REPORT_REASONS[r.reason as keyof typeof REPORT_REASONS] ?? r.reason} — {r.reporter.displayName}
              {r.note ? `: “${r.note}”` : ""} ({r.status === "open" ? "đang chờ" : r.status === "hidden" ? "đã ẩn" : "đã bỏ qua"})
            </li>
          ))}
        </ul>
        <p>
          Người gửi: <Link href={`/mod/members/${encodeURIComponent(message.author.username)}`}>{message.author.displayName}</Link> (xử phạt ở trang thành viên)
        </p>
      </section>
      {open ? (
        <ActionForm action={resolveMessageReportAction} className="form" label="Xử lý báo cáo">
          <input type="hidden" name="messageId" value={message.id} />
          <fieldset className="conversation-choices">
            <legend>Cách xử lý</legend>
            <label className="radio">
              <FormRadio name="outcome" value="hide" required /> Ẩn tin nhắn
            </label>
            <label className="radio">
              <FormRadio name="outcome" value="dismiss" /> Bỏ qua báo cáo
            </label>
          </fieldset>
          <div className="field">
            <label htmlFor="resolve-note">Ghi chú (người gửi thấy khi tin bị ẩn)</label>
            <FormTextarea id="resolve-note" name="note" rows={2} maxLength={1000} />
          </div>
          <SubmitButton>Xử lý</SubmitButton>
        </ActionForm>
      ) : (
        <p className="notice notice--success" role="status">
          {message.status === "hidden" ? "Đã ẩn tin nhắn." : "Đã bỏ qua báo cáo."} Không còn báo cáo nào đang chờ cho tin nhắn này.
        </p>
      )}
    </>
  );
}
