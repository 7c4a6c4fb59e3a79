"use client";
import Link from "next/link";
import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { IDLE } from "@/lib/validation/form-contract";
import { logIn } from "@/actions/accounts";

/** The form's words, in the page's language (from the catalogs, by the page). */
export type LoginFormText = { label: string; identifier: string; password: string; forgot: string; forgotHref: string; submit: string; pending: string };

export function LoginForm({ callbackUrl, text }: { callbackUrl: string; text: LoginFormText }) {
  const [state, action] = useActionState(logIn, IDLE);
  const v = state.values ?? {};
  return (
    <form action={action} className="form" aria-label={text.label} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="callbackUrl" value={v.callbackUrl ?? callbackUrl} />
      <Field
        name="identifier"
        label={text.identifier}
        defaultValue={v.identifier}
        error={state.errors?.identifier}
        autoComplete="username"
        required
        maxLength={254}
      />
      <Field name="password" label={text.password} type="password" error={state.errors?.password} autoComplete="current-password" required />
      <p className="form__aside">
        <Link href={text.forgotHref}>{text.forgot}</Link>
      </p>
      <SubmitButton pendingLabel={text.pending}>{text.submit}</SubmitButton>
    </form>
  );
}
