// What a participant can do to the conversation, each a plain form:
// invite (the starter), lock/unlock (the starter), mark unread, leave.
import { ActionForm, FieldError, FormInput } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { inviteAction, leaveAction, lockAction, markUnreadAction } from "@/actions/conversations";
import { translator } from "@/lib/i18n/server";

type Props = { conversationId: number; locked: boolean; can: { invite: boolean; lock: boolean; leave: boolean } };

export async function ConversationTools({ conversationId, locked, can }: Props) {
  const t = await translator();
  const id = <input type="hidden" name="conversationId" value={conversationId} />;
  const pending = t("conversations.sending");
  return (
    <section className="block conversation-tools" aria-label={t("conversations.tools")}>
      {can.invite ? (
        <ActionForm action={inviteAction} className="conversation-tools__invite" label={t("conversations.invite")}>
          {id}
          <label htmlFor="invite-recipients">{t("conversations.invite")}</label>
          <div className="conversation-tools__row">
            <FormInput id="invite-recipients" name="recipients" placeholder={t("conversations.invitePlaceholder")} required autoComplete="off" />
            <SubmitButton className="button" pendingLabel={pending}>
              {t("conversations.inviteSubmit")}
            </SubmitButton>
          </div>
          <FieldError name="recipients" />
        </ActionForm>
      ) : null}
      <div className="conversation-tools__row">
        {can.lock ? (
          <ActionForm action={lockAction} label={locked ? t("conversations.unlockLabel") : t("conversations.lock")}>
            {id}
            <input type="hidden" name="locked" value={locked ? "0" : "1"} />
            <SubmitButton className="button button--small" pendingLabel={pending}>
              {locked ? t("conversations.unlock") : t("conversations.lock")}
            </SubmitButton>
          </ActionForm>
        ) : null}
        {can.leave ? (
          <>
            <ActionForm action={markUnreadAction} label={t("conversations.markUnread")}>
              {id}
              <SubmitButton className="button button--small" pendingLabel={pending}>
                {t("conversations.markUnread")}
              </SubmitButton>
            </ActionForm>
            <ActionForm action={leaveAction} label={t("conversations.leave")}>
              {id}
              <SubmitButton className="button button--small button--danger" pendingLabel={pending}>
                {t("conversations.leave")}
              </SubmitButton>
            </ActionForm>
          </>
        ) : null}
      </div>
    </section>
  );
}
