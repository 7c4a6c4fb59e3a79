"use client";
// The second step's forms: the authenticator code (first), and a recovery code
// (under "Mất thiết bị?"). Plain forms: they work without JavaScript.
import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { IDLE } from "@/lib/validation/form-contract";
import { completeSecondStepAction } from "@/actions/two-factor";

/** A form's words, in the page's language (from the catalogs, by the page). */
export type CodeFormText = { label: string; field: string; hint?: string; submit: string; pending: string };

type Props = { pending: string; callbackUrl: string; text: CodeFormText };

export function TotpCodeForm({ pending, callbackUrl, text }: Props) {
  const [state, action] = useActionState(completeSecondStepAction, IDLE);
  return (
    <form action={action} className="form" aria-label={text.label} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="pending" value={pending} />
      <input type="hidden" name="method" value="totp" />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field
        idPrefix="totp"
        name="code"
        label={text.field}
        error={state.errors?.code}
        autoComplete="one-time-code"
        inputMode="numeric"
        required
        maxLength={12}
      />
      <SubmitButton pendingLabel={text.pending}>{text.submit}</SubmitButton>
    </form>
  );
}

export function RecoveryCodeForm({ pending, callbackUrl, text }: Props) {
  const [state, action] = useActionState(completeSecondStepAction, IDLE);
  return (
    <form action={action} className="form" aria-label={text.label} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="pending" value={pending} />
      <input type="hidden" name="method" value="recovery" />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field idPrefix="recovery" name="code" label={text.field} hint={text.hint} error={state.errors?.code} autoComplete="off" required maxLength={20} />
      <SubmitButton className="button" pendingLabel={text.pending}>
        {text.submit}
      </SubmitButton>
    </form>
  );
}
