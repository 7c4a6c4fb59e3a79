"use client";
import { useActionState } from "react";
import { resendVerificationEmail } from "@/actions/accounts";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { IDLE } from "@/lib/validation/form-contract";

/** Its words come from the server parent (session-notices.tsx), in the page's language. */
export function ResendVerificationForm({ text }: { text: { submit: string; pending: string } }) {
  const [state, action] = useActionState(resendVerificationEmail, IDLE);
  return (
    <form action={action} className="session-notice__form">
      <SubmitButton className="button button--small" pendingLabel={text.pending}>
        {text.submit}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
