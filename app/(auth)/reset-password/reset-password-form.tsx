"use client";
import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { IDLE } from "@/lib/validation/form-contract";
import { setNewPassword } from "@/actions/accounts";

/** The form's words, in the page's language (from the catalogs, by the page). */
export type ResetPasswordFormText = { label: string; password: string; passwordHint: string; confirm: string; submit: string; pending: string };

export function ResetPasswordForm({ token, text }: { token: string; text: ResetPasswordFormText }) {
  const [state, action] = useActionState(setNewPassword, IDLE);
  return (
    <form action={action} className="form" aria-label={text.label} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <Field name="password" label={text.password} type="password" error={state.errors?.password} autoComplete="new-password" required hint={text.passwordHint} />
      <Field name="passwordConfirm" label={text.confirm} type="password" error={state.errors?.passwordConfirm} autoComplete="new-password" required />
      <SubmitButton pendingLabel={text.pending}>{text.submit}</SubmitButton>
    </form>
  );
}
