"use client";
// Tick threads and categories, then "Bỏ theo dõi các mục đã chọn"; each row
// also has its own button (the same form, that row's value).
import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/validation/form-contract";
import { bulkUnwatchAction } from "@/actions/alerts";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";

/** The form's words, in the page's language (from the catalogs, by the page). */
export type BulkUnwatchText = { unwatchChosen: string; unwatch: string; pending: string };

/** `pick` names the row's checkbox for screen readers. */
type Item = { value: string; group: string; label: React.ReactNode; meta: string; pick: string };

export function BulkUnwatchForm({ items, empty, text }: { items: Item[]; empty: string; text: BulkUnwatchText }) {
  const [state, action] = useActionState<FormState, FormData>(bulkUnwatchAction, IDLE);
  return (
    <form action={action} className="watched-form" data-testid="watched">
      <FormMessage state={state} />
      {items.length === 0 ? <p className="empty">{empty}</p> : null}
      <ul className="watched-list">
        {items.map((item) => (
          <li key={item.value}>
            <label className="watched-list__pick">
              <input type="checkbox" name="items" value={item.value} aria-label={item.pick} />
              <span className="watched-list__group">{item.group}</span>
            </label>
            <span className="watched-list__label">{item.label}</span>
            <span className="watched-list__meta">{item.meta}</span>
            <button type="submit" name="only" value={item.value} className="button button--small">
              {text.unwatch}
            </button>
          </li>
        ))}
      </ul>
      {items.length > 0 ? (
        <SubmitButton className="button" pendingLabel={text.pending}>
          {text.unwatchChosen}
        </SubmitButton>
      ) : null}
    </form>
  );
}
