"use client";
import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { IDLE } from "@/lib/validation/form-contract";
import { createFirstAdmin } from "@/actions/accounts";

/** The form's words, in the page's language (from the catalogs, by the page). */
export type SetupFormText = { label: string; displayName: string; username: string; email: string; password: string; passwordHint: string; submit: string; pending: string };

export function SetupForm({ token, text }: { token: string; text: SetupFormText }) {
  const [state, action] = useActionState(createFirstAdmin, IDLE);
  const v = state.values ?? {};
  const e = state.errors ?? {};
  return (
    <form action={action} className="form" aria-label={text.label} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <Field name="displayName" label={text.displayName} defaultValue={v.displayName} error={e.displayName} autoComplete="name" required maxLength={50} />
      <Field name="username" label={text.username} defaultValue={v.username} error={e.username} autoComplete="username" required maxLength={30} />
      <Field name="email" label={text.email} type="email" defaultValue={v.email} error={e.email} autoComplete="email" required maxLength={254} />
      <Field name="password" label={text.password} type="password" error={e.password} autoComplete="new-password" required hint={text.passwordHint} />
      <SubmitButton pendingLabel={text.pending}>{text.submit}</SubmitButton>
    </form>
  );
}
