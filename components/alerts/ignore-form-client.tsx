"use client";
// "Bỏ qua" / "Thôi bỏ qua" a member: a plain form, answered in place. Its
// label comes from ignore-form.tsx (the server part), in the page's language.
import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/validation/form-contract";
import { memberIgnoreAction } from "@/actions/alerts";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";

type Props = { memberId: number; ignoring: boolean; compact: boolean; label: string; pendingLabel: string };

export function IgnoreFormClient({ memberId, ignoring, compact, label, pendingLabel }: Props) {
  const [state, action] = useActionState<FormState, FormData>(memberIgnoreAction, IDLE);
  return (
    <form action={action} className={compact ? "ignore-form ignore-form--compact" : "ignore-form"} data-testid="ignore-form">
      <input type="hidden" name="memberId" value={memberId} />
      <input type="hidden" name="ignore" value={ignoring ? "0" : "1"} />
      <SubmitButton className={compact ? "reply__action reply__action--button" : "button button--small"} pendingLabel={pendingLabel}>
        {label}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
