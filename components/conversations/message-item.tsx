// One message of a conversation, with its permalink (#m-N and
// /conversations/<id>/m/<N>) and, for other members' messages, "Báo cáo":
// a <details> holding a plain form, so it opens and posts without JavaScript.
import { Avatar } from "@/components/avatar";
import { ActionForm, FormRadio, FormTextarea } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { reportMessageAction } from "@/actions/conversations";
import type { ConversationMessageView } from "@/lib/conversations/read-conversation";
import { formatDateTime } from "@/lib/format";
import { memberPath } from "@/lib/urls";
import { localized, translator } from "@/lib/i18n/server";
import type { ReportReason } from "@/lib/validation/moderation";

export async function MessageItem({ conversationId, message }: { conversationId: number; message: ConversationMessageView }) {
  const t = await translator();
  // The reasons of lib/validation/moderation.ts (REPORT_REASONS), in the page's language.
  const reasons: Record<ReportReason, string> = {
    spam: t("conversations.reasonSpam"),
    offensive: t("conversations.reasonOffensive"),
    "off-topic": t("conversations.reasonOffTopic"),
    other: t("conversations.reasonOther"),
  };
  const hidden = message.status !== "visible";
  return (
    <li className={`reply conversation-message${hidden ? " reply--removed" : ""}`} id={`m-${message.number}`} data-message-number={message.number}>
      <div className="reply__author">
        <Avatar user={message.author} />
        {message.author.deleted ? (
          <span className="reply__name">{message.author.displayName}</span>
        ) : (
          <a href={localized(memberPath(message.author))} className="reply__name">
            {message.author.displayName}
          </a>
        )}
      </div>
      <div className="reply__main">
        <div className="reply__meta">
          <time dateTime={message.createdAt.toISOString()}>{formatDateTime(message.createdAt)}</time>
          <a href={localized(`/conversations/${conversationId}/m/${message.number}`)} className="reply__number" aria-label={t("conversations.messageLink", { number: String(message.number) })}>
            #{message.number}
          </a>
        </div>
        {hidden ? (
          <p className="reply__placeholder">{message.statusReason ?? t("conversations.messageHidden")}</p>
        ) : (
          <div className="reply__body prose" data-testid="message-body" dangerouslySetInnerHTML={{ __html: message.html }} />
        )}
        {message.canReport ? (
          <details className="conversation-message__report">
            {/* Named for its message: the page has one such menu a message. */}
            <summary aria-label={t("conversations.reportLabel", { number: String(message.number) })}>{t("conversations.report")}</summary>
            <ActionForm action={reportMessageAction} label={t("conversations.reportLabel", { number: String(message.number) })}>
              <input type="hidden" name="messageId" value={message.id} />
              <fieldset className="conversation-choices">
                <legend>{t("conversations.reportReason")}</legend>
                {Object.entries(reasons).map(([value, label]) => (
                  <label key={value} className="radio">
                    <FormRadio name="reason" value={value} required /> {label}
                  </label>
                ))}
              </fieldset>
              <div className="field">
                <label htmlFor={`report-note-${message.id}`}>{t("conversations.reportNote")}</label>
                <FormTextarea id={`report-note-${message.id}`} name="note" rows={2} maxLength={1000} />
              </div>
              <p className="field__hint">{t("conversations.reportHint")}</p>
              <SubmitButton className="button button--small" pendingLabel={t("conversations.sending")}>
                {t("conversations.reportSubmit")}
              </SubmitButton>
            </ActionForm>
          </details>
        ) : null}
      </div>
    </li>
  );
}
