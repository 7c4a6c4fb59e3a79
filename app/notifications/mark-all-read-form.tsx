"use client";
// "Đánh dấu tất cả đã đọc": every unread notification, beyond the 50 listed.
import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/validation/form-contract";
import { markAllReadAction } from "@/actions/alerts";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";

/** Its words come from the page, in the page's language. */
export function MarkAllReadForm({ text }: { text: { submit: string; pending: string } }) {
  const [state, action] = useActionState<FormState, FormData>(markAllReadAction, IDLE);
  return (
    <form action={action} className="mark-all-read">
      <SubmitButton className="button button--small" pendingLabel={text.pending}>
        {text.submit}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
