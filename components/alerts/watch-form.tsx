"use client";
// "Theo dõi" / "Bỏ theo dõi" on a thread or a category: a plain form (works
// without JavaScript), answered in place.
import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/validation/form-contract";
import { categoryWatchAction, threadWatchAction } from "@/actions/alerts";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";

const TEXT = {
  watch: "Theo dõi",
  unwatch: "Bỏ theo dõi",
  watchCategory: "Theo dõi chuyên mục",
  unwatchCategory: "Bỏ theo dõi chuyên mục",
} as const;

export function WatchForm({ target, id, watching }: { target: "thread" | "category"; id: number; watching: boolean }) {
  const [state, action] = useActionState<FormState, FormData>(target === "thread" ? threadWatchAction : categoryWatchAction, IDLE);
  const label = target === "thread" ? (watching ? TEXT.unwatch : TEXT.watch) : watching ? TEXT.unwatchCategory : TEXT.watchCategory;
  return (
    <form action={action} className="watch-form" data-testid={`watch-${target}`}>
      <input type="hidden" name={target === "thread" ? "threadId" : "categoryId"} value={id} />
      <input type="hidden" name="watch" value={watching ? "0" : "1"} />
      <SubmitButton className={watching ? "button button--small button--on" : "button button--small"}>{label}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
