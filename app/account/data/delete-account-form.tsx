"use client";
import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { IDLE } from "@/lib/validation/form-contract";
import { deleteAccountAction } from "@/actions/accounts";

/** The form's words, in the page's language (from the catalogs, by app/account/page.tsx). */
export type DeleteAccountFormText = {
  label: string;
  posts: string;
  keep: string;
  remove: string;
  password: string;
  confirmUsername: string;
  confirmUsernameHint: string;
  /** The grace period already written in (ICU plural on the server). */
  warning: string;
  submit: string;
  pending: string;
};

/** Re-authentication: the current password, or (no password: OAuth only) the typed username after a fresh provider login. */
export function DeleteAccountForm({ hasPassword, text }: { hasPassword: boolean; text: DeleteAccountFormText }) {
  const [state, action] = useActionState(deleteAccountAction, IDLE);
  const e = state.errors ?? {};
  const mode = state.values?.mode || "keep";
  return (
    <form action={action} className="form" aria-label={text.label} noValidate>
      <FormMessage state={state} />
      <fieldset className="field">
        <legend>{text.posts}</legend>
        <label className="choice">
          <input type="radio" name="mode" value="keep" defaultChecked={mode === "keep"} /> {text.keep}
        </label>
        <label className="choice">
          <input type="radio" name="mode" value="remove" defaultChecked={mode === "remove"} /> {text.remove}
        </label>
        {e.mode ? <span className="field__error">{e.mode}</span> : null}
      </fieldset>
      {hasPassword ? (
        <Field idPrefix="del" name="password" label={text.password} type="password" error={e.password} autoComplete="current-password" required />
      ) : (
        <Field
          idPrefix="del"
          name="confirmUsername"
          label={text.confirmUsername}
          defaultValue={state.values?.confirmUsername}
          error={e.confirmUsername}
          autoComplete="off"
          required
          hint={text.confirmUsernameHint}
        />
      )}
      <p className="field__hint">{text.warning}</p>
      <SubmitButton className="button button--danger" pendingLabel={text.pending}>
        {text.submit}
      </SubmitButton>
    </form>
  );
}
