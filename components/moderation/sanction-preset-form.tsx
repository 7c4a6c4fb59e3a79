// Suspend a member for a preset length (1 ngày … vĩnh viễn) with a reason the
// member will see: on their profile (for staff) and in a post's moderation
// menu. A plain form; the service decides who may (lib/permissions.ts canSanction).
import "@/components/members/members.css";
import { ActionForm, FieldError, FormInput, FormRadio } from "@/components/forms/action-form";
import { sanctionPresetAction } from "@/actions/moderation";
import { SANCTION_PRESETS } from "@/lib/validation/moderation";
import { t } from "@/lib/i18n/text";
import { sanctionPresetLabel } from "@/lib/mod-log/labels";

type Props = { member: { id: number; displayName: string }; postId?: number; idPrefix: string };

export function SanctionPresetForm({ member, postId, idPrefix }: Props) {
  return (
    <ActionForm action={sanctionPresetAction} className="mod-menu__form sanction-form" label={t("mod.sanctionPresetLabel", { name: member.displayName })}>
      <input type="hidden" name="userId" value={member.id} />
      {postId ? <input type="hidden" name="postId" value={postId} /> : null}
      <fieldset className="sanction-form__durations">
        <legend>{t("mod.sanctionPresetDuration")}</legend>
        {SANCTION_PRESETS.map((p, i) => (
          <label key={p.value} className="radio">
            <FormRadio name="duration" value={p.value} defaultChecked={i === 0} /> {sanctionPresetLabel(p.value)}
          </label>
        ))}
      </fieldset>
      <FieldError name="duration" />
      <label htmlFor={`${idPrefix}-reason`}>{t("mod.memberReasonShown")}</label>
      <FormInput id={`${idPrefix}-reason`} name="reason" required minLength={3} maxLength={500} />
      <FieldError name="reason" />
      <button type="submit" className="button button--small button--danger">
        {t("mod.sanctionPresetSubmit")}
      </button>
    </ActionForm>
  );
}
