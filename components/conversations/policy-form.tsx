// "Ai được bắt đầu hội thoại với bạn": everyone, members you follow, nobody.
import { ActionForm, FormRadio } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { policyAction } from "@/actions/conversations";
import { translator } from "@/lib/i18n/server";
import type { ConversationPolicy } from "@/lib/permissions";

export async function ConversationPolicyForm({ policy }: { policy: ConversationPolicy }) {
  const t = await translator();
  const choices: { value: ConversationPolicy; label: string }[] = [
    { value: "everyone", label: t("conversations.policyEveryone") },
    { value: "followed", label: t("conversations.policyFollowed") },
    { value: "nobody", label: t("conversations.policyNobody") },
  ];
  return (
    <section className="block conversation-policy" aria-labelledby="conversation-policy-title">
      <h2 id="conversation-policy-title" className="block__title">
        {t("conversations.policyTitle")}
      </h2>
      <ActionForm action={policyAction} className="conversation-policy__form" label={t("conversations.policyLabel")}>
        <fieldset className="conversation-choices">
          <legend className="visually-hidden">{t("conversations.policyTitle")}</legend>
          {choices.map((c) => (
            <label key={c.value} className="radio">
              <FormRadio name="policy" value={c.value} defaultChecked={policy === c.value} /> {c.label}
            </label>
          ))}
        </fieldset>
        <SubmitButton className="button" pendingLabel={t("conversations.sending")}>
          {t("conversations.policySave")}
        </SubmitButton>
      </ActionForm>
      <p className="field__hint">{t("conversations.policyHint")}</p>
    </section>
  );
}
