"use client";
import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { IDLE } from "@/lib/validation/form-contract";
import { updateDisplayName, updateEmail, updatePassword } from "@/actions/accounts";

/** The forms' words, in the page's language (from the catalogs, by app/account/page.tsx). */
export type DisplayNameFormText = { label: string; field: string; submit: string; pending: string };
export type PasswordFormText = { label: string; current: string; password: string; passwordHint: string; confirm: string; submit: string; pending: string };
export type EmailFormText = { label: string; email: string; emailHint: string; current: string; submit: string; pending: string };

export function DisplayNameForm({ current, text }: { current: string; text: DisplayNameFormText }) {
  const [state, action] = useActionState(updateDisplayName, IDLE);
  return (
    <form action={action} className="form" aria-label={text.label} noValidate>
      <FormMessage state={state} />
      <Field idPrefix="name" name="displayName" label={text.field} defaultValue={state.values?.displayName ?? current} error={state.errors?.displayName} autoComplete="name" required maxLength={50} />
      <SubmitButton className="button" pendingLabel={text.pending}>
        {text.submit}
      </SubmitButton>
    </form>
  );
}

export function PasswordForm({ text }: { text: PasswordFormText }) {
  const [state, action] = useActionState(updatePassword, IDLE);
  const e = state.errors ?? {};
  return (
    <form action={action} className="form" aria-label={text.label} noValidate>
      <FormMessage state={state} />
      <Field idPrefix="pw" name="currentPassword" label={text.current} type="password" error={e.currentPassword} autoComplete="current-password" required />
      <Field idPrefix="pw" name="password" label={text.password} type="password" error={e.password} autoComplete="new-password" required hint={text.passwordHint} />
      <Field idPrefix="pw" name="passwordConfirm" label={text.confirm} type="password" error={e.passwordConfirm} autoComplete="new-password" required />
      <SubmitButton className="button" pendingLabel={text.pending}>
        {text.submit}
      </SubmitButton>
    </form>
  );
}

export function EmailForm({ text }: { text: EmailFormText }) {
  const [state, action] = useActionState(updateEmail, IDLE);
  const e = state.errors ?? {};
  return (
    <form action={action} className="form" aria-label={text.label} noValidate>
      <FormMessage state={state} />
      <Field idPrefix="email" name="email" label={text.email} type="email" defaultValue={state.values?.email ?? ""} error={e.email} autoComplete="email" required maxLength={254} hint={text.emailHint} />
      <Field idPrefix="email" name="currentPassword" label={text.current} type="password" error={e.currentPassword} autoComplete="current-password" required />
      <SubmitButton className="button" pendingLabel={text.pending}>
        {text.submit}
      </SubmitButton>
    </form>
  );
}
