"use client";
import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { ChallengeFields, HoneypotField, type ChallengeProps } from "@/components/spam/challenge-fields";
import { IDLE } from "@/lib/validation/form-contract";
import type { ComposerText } from "@/components/thread/composer-text";
import { register } from "@/actions/accounts";

/** The form's words, in the page's language (from the catalogs, by the page). */
export type RegisterFormText = {
  label: string;
  displayName: string;
  displayNameHint: string;
  username: string;
  usernameHint: string;
  email: string;
  password: string;
  passwordHint: string;
  submit: string;
  pending: string;
};

export function RegisterForm({
  challenge,
  callbackUrl = "",
  usernameMax,
  text,
  writing,
}: {
  challenge: ChallengeProps;
  /** The page to come back to after verifying. */ callbackUrl?: string;
  usernameMax: number;
  text: RegisterFormText;
  /** The anti-spam fields' words (shared with the composer), in the page's language. */
  writing: ComposerText;
}) {
  const [state, action] = useActionState(register, IDLE);
  const v = state.values ?? {};
  const e = state.errors ?? {};
  // The action's answer carries the challenge to use next (see actions.ts).
  const current = { token: v.formChallenge || challenge.token, altcha: state.data?.altcha ?? challenge.altcha };
  return (
    <form action={action} className="form" aria-label={text.label} noValidate>
      <FormMessage state={state} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={v.callbackUrl ?? callbackUrl} /> : null}
      <Field name="displayName" label={text.displayName} defaultValue={v.displayName} error={e.displayName} autoComplete="name" required maxLength={50} hint={text.displayNameHint} />
      <Field
        name="username"
        label={text.username}
        defaultValue={v.username}
        error={e.username}
        autoComplete="username"
        required
        maxLength={usernameMax}
        hint={text.usernameHint}
      />
      <Field name="email" label={text.email} type="email" defaultValue={v.email} error={e.email} autoComplete="email" required maxLength={254} />
      <Field name="password" label={text.password} type="password" error={e.password} autoComplete="new-password" required hint={text.passwordHint} />
      <HoneypotField text={writing} />
      <ChallengeFields challenge={current} text={writing} />
      <SubmitButton pendingLabel={text.pending}>{text.submit}</SubmitButton>
    </form>
  );
}
