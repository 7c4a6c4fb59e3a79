"use client";
import { useActionState } from "react";
import { resendVerificationEmail } from "@/actions/accounts";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { IDLE } from "@/lib/validation/form-contract";

export function ResendVerificationForm() {
  const [state, action] = useActionState(resendVerificationEmail, IDLE);
  return (
    <form action={action} className="session-notice__form">
      <SubmitButton className="button button--small">Gửi lại email xác minh</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
