"use client";
import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { IDLE } from "@/lib/validation/form-contract";
import { forgotPassword } from "@/actions/accounts";

/** The form's words, in the page's language (from the catalogs, by the page). */
export type ForgotPasswordFormText = { label: string; email: string; submit: string; pending: string };

export function ForgotPasswordForm({ text }: { text: ForgotPasswordFormText }) {
  const [state, action] = useActionState(forgotPassword, IDLE);
  return (
    <form action={action} className="form" aria-label={text.label} noValidate>
      <FormMessage state={state} />
      <Field name="email" label={text.email} type="email" defaultValue={state.values?.email} error={state.errors?.email} autoComplete="email" required maxLength={254} />
      <SubmitButton pendingLabel={text.pending}>{text.submit}</SubmitButton>
    </form>
  );
}
