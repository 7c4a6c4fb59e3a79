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
import { localized, translator } from "@/lib/i18n/server";
import { reportReasonLabel } from "@/lib/mod-log/labels";

export async function generateMetadata() {
  const t = await translator();
  return { title: t("mod.conversationReportTitle") };
}

type Shown = { number: number; html: string; status: string; createdAt: Date; author: { displayName: string } };

function Message({ m, label, hiddenLabel, testId }: { m: Shown; label: string; hiddenLabel: string; testId: string }) {
  return (
    <article className="block conversation-report__message" data-testid={testId}>
      <p className="field__hint">
        {label} · #{m.number} · {m.author.displayName} · <time dateTime={m.createdAt.toISOString()}>{formatDateTime(m.createdAt)}</time>
        {m.status !== "visible" ? ` · ${hiddenLabel}` : ""}
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
  const t = await translator();
  const hiddenLabel = t("mod.conversationReportHidden");
  return (
    <>
      <p>
        <Link href={localized("/mod/conversation-reports")}>← {t("mod.conversationReportsTitle")}</Link>
      </p>
      <h1 className="page-title">{t("mod.conversationReportTitle")}</h1>
      {before ? <Message m={before} label={t("mod.conversationReportBefore")} hiddenLabel={hiddenLabel} testId="context-before" /> : null}
      <Message m={message} label={t("mod.conversationReportReported")} hiddenLabel={hiddenLabel} testId="reported-message" />
      {after ? <Message m={after} label={t("mod.conversationReportAfter")} hiddenLabel={hiddenLabel} testId="context-after" /> : null}
      <section className="block conversation-report__section">
        <h2 className="block__title">{t("mod.conversationReportReports")}</h2>
        <ul>
          {reports.map((r) => (
            <li key={r.id}>
              {reportReasonLabel(r.reason)} — {r.reporter.displayName}
              {r.note ? `: “${r.note}”` : ""} (
              {r.status === "open" ? t("mod.conversationReportStatusOpen") : r.status === "hidden" ? hiddenLabel : t("mod.conversationReportStatusDismissed")})
            </li>
          ))}
        </ul>
        <p>
          {t.rich("mod.conversationReportSender", {
            member: () => <Link href={localized(`/mod/members/${encodeURIComponent(message.author.username)}`)}>{message.author.displayName}</Link>,
          })}
        </p>
      </section>
      {open ? (
        <ActionForm action={resolveMessageReportAction} className="form" label={t("mod.reportsResolveLabel")}>
          <input type="hidden" name="messageId" value={message.id} />
          <fieldset className="conversation-choices">
            <legend>{t("mod.conversationReportOutcome")}</legend>
            <label className="radio">
              <FormRadio name="outcome" value="hide" required /> {t("mod.conversationReportHide")}
            </label>
            <label className="radio">
              <FormRadio name="outcome" value="dismiss" /> {t("mod.conversationReportDismiss")}
            </label>
          </fieldset>
          <div className="field">
            <label htmlFor="resolve-note">{t("mod.conversationReportNote")}</label>
            <FormTextarea id="resolve-note" name="note" rows={2} maxLength={1000} />
          </div>
          <SubmitButton pendingLabel={t("mod.sending")}>{t("mod.reportsResolve")}</SubmitButton>
        </ActionForm>
      ) : (
        <p className="notice notice--success" role="status">
          {message.status === "hidden" ? t("mod.conversationReportDoneHidden") : t("mod.conversationReportDoneDismissed")} {t("mod.conversationReportNoneOpen")}
        </p>
      )}
    </>
  );
}
