"use client";
// "Theo dõi" / "Bỏ theo dõi" on a thread or a category: a plain form (works
// without JavaScript), answered in place. Its label comes from watch-form.tsx
// (the server part), in the page's language.
import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/validation/form-contract";
import { categoryWatchAction, threadWatchAction } from "@/actions/alerts";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";

type Props = { target: "thread" | "category"; id: number; watching: boolean; label: string; pendingLabel: string };

export function WatchFormClient({ target, id, watching, label, pendingLabel }: Props) {
  const [state, action] = useActionState<FormState, FormData>(target === "thread" ? threadWatchAction : categoryWatchAction, IDLE);
  return (
    <form action={action} className="watch-form" data-testid={`watch-${target}`}>
      <input type="hidden" name={target === "thread" ? "threadId" : "categoryId"} value={id} />
      <input type="hidden" name="watch" value={watching ? "0" : "1"} />
      <SubmitButton className={watching ? "button button--small button--on" : "button button--small"} pendingLabel={pendingLabel}>
        {label}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
