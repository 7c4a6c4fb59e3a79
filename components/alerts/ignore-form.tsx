"use client";
// "Bỏ qua" / "Thôi bỏ qua" a member: a plain form, answered in place.
import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/validation/form-contract";
import { memberIgnoreAction } from "@/actions/alerts";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";

const TEXT = { ignore: "Bỏ qua", unignore: "Thôi bỏ qua", ignoreNamed: (n: string) => `Bỏ qua ${n}`, unignoreNamed: (n: string) => `Thôi bỏ qua ${n}` } as const;

export function IgnoreForm({ memberId, name, ignoring, compact = false }: { memberId: number; name: string; ignoring: boolean; compact?: boolean }) {
  const [state, action] = useActionState<FormState, FormData>(memberIgnoreAction, IDLE);
  return (
    <form action={action} className={compact ? "ignore-form ignore-form--compact" : "ignore-form"} data-testid="ignore-form">
      <input type="hidden" name="memberId" value={memberId} />
      <input type="hidden" name="ignore" value={ignoring ? "0" : "1"} />
      <SubmitButton className={compact ? "reply__action reply__action--button" : "button button--small"}>
        {compact ? (ignoring ? TEXT.unignore : TEXT.ignore) : ignoring ? TEXT.unignoreNamed(name) : TEXT.ignoreNamed(name)}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
