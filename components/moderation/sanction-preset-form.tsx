// Suspend a member for a preset length (1 ngày … vĩnh viễn) with a reason the
// member will see: on their profile (for staff) and in a post's moderation
// menu. A plain form; the service decides who may (lib/permissions.ts canSanction).
import "@/components/members/members.css";
import { ActionForm, FieldError, FormInput, FormRadio } from "@/components/forms/action-form";
import { sanctionPresetAction } from "@/actions/moderation";
import { SANCTION_PRESETS } from "@/lib/validation/moderation";

const T = {
  label: (name: string) => `Đình chỉ ${name}`,
  duration: "Thời hạn",
  reason: "Lý do (thành viên sẽ thấy)",
  submit: "Đình chỉ",
};

type Props = { member: { id: number; displayName: string }; postId?: number; idPrefix: string };

export function SanctionPresetForm({ member, postId, idPrefix }: Props) {
  return (
    <ActionForm action={sanctionPresetAction} className="mod-menu__form sanction-form" label={T.label(member.displayName)}>
      <input type="hidden" name="userId" value={member.id} />
      {postId ? <input type="hidden" name="postId" value={postId} /> : null}
      <fieldset className="sanction-form__durations">
        <legend>{T.duration}</legend>
        {SANCTION_PRESETS.map((p, i) => (
          <label key={p.value} className="radio">
            <FormRadio name="duration" value={p.value} defaultChecked={i === 0} /> {p.label}
          </label>
        ))}
      </fieldset>
      <FieldError name="duration" />
      <label htmlFor={`${idPrefix}-reason`}>{T.reason}</label>
      <FormInput id={`${idPrefix}-reason`} name="reason" required minLength={3} maxLength={500} />
      <FieldError name="reason" />
      <button type="submit" className="button button--small button--danger">
        {T.submit}
      </button>
    </ActionForm>
  );
}
