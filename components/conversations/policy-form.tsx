// "Ai được bắt đầu hội thoại với bạn": everyone, members you follow, nobody.
import { ActionForm, FormRadio } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { policyAction } from "@/actions/conversations";
import type { ConversationPolicy } from "@/lib/permissions";

const CHOICES: { value: ConversationPolicy; label: string }[] = [
  { value: "everyone", label: "Mọi thành viên" },
  { value: "followed", label: "Chỉ những thành viên tôi theo dõi" },
  { value: "nobody", label: "Không ai (ban điều hành vẫn liên hệ được)" },
];

export function ConversationPolicyForm({ policy }: { policy: ConversationPolicy }) {
  return (
    <section className="block conversation-policy" aria-labelledby="conversation-policy-title">
      <h2 id="conversation-policy-title" className="block__title">
        Ai được bắt đầu hội thoại với bạn
      </h2>
      <ActionForm action={policyAction} className="conversation-policy__form" label="Cài đặt hội thoại">
        <fieldset className="conversation-choices">
          <legend className="visually-hidden">Ai được bắt đầu hội thoại với bạn</legend>
          {CHOICES.map((c) => (
            <label key={c.value} className="radio">
              <FormRadio name="policy" value={c.value} defaultChecked={policy === c.value} /> {c.label}
            </label>
          ))}
        </fieldset>
        <SubmitButton className="button">Lưu</SubmitButton>
      </ActionForm>
      <p className="field__hint">Thành viên bạn đã bỏ qua không bao giờ bắt đầu được hội thoại với bạn.</p>
    </section>
  );
}
