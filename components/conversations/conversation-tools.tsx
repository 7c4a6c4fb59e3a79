// What a participant can do to the conversation, each a plain form:
// invite (the starter), lock/unlock (the starter), mark unread, leave.
import { ActionForm, FieldError, FormInput } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { inviteAction, leaveAction, lockAction, markUnreadAction } from "@/actions/conversations";

type Props = { conversationId: number; locked: boolean; can: { invite: boolean; lock: boolean; leave: boolean } };

export function ConversationTools({ conversationId, locked, can }: Props) {
  const id = <input type="hidden" name="conversationId" value={conversationId} />;
  return (
    <section className="block conversation-tools" aria-label="Công cụ hội thoại">
      {can.invite ? (
        <ActionForm action={inviteAction} className="conversation-tools__invite" label="Mời thêm thành viên">
          {id}
          <label htmlFor="invite-recipients">Mời thêm thành viên</label>
          <div className="conversation-tools__row">
            <FormInput id="invite-recipients" name="recipients" placeholder="tên đăng nhập, cách nhau bằng dấu phẩy" required autoComplete="off" />
            <SubmitButton className="button">Mời</SubmitButton>
          </div>
          <FieldError name="recipients" />
        </ActionForm>
      ) : null}
      <div className="conversation-tools__row">
        {can.lock ? (
          <ActionForm action={lockAction} label={locked ? "Mở khóa hội thoại" : "Khóa hội thoại"}>
            {id}
            <input type="hidden" name="locked" value={locked ? "0" : "1"} />
            <SubmitButton className="button button--small">{locked ? "Mở khóa" : "Khóa hội thoại"}</SubmitButton>
          </ActionForm>
        ) : null}
        {can.leave ? (
          <>
            <ActionForm action={markUnreadAction} label="Đánh dấu chưa đọc">
              {id}
              <SubmitButton className="button button--small">Đánh dấu chưa đọc</SubmitButton>
            </ActionForm>
            <ActionForm action={leaveAction} label="Rời hội thoại">
              {id}
              <SubmitButton className="button button--small button--danger">Rời hội thoại</SubmitButton>
            </ActionForm>
          </>
        ) : null}
      </div>
    </section>
  );
}
