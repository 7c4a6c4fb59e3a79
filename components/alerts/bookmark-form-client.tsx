"use client";
// "Đánh dấu" on a post: a <details> that opens a small form with an optional
// note (works without JavaScript); once saved, the note can be changed or the
// bookmark removed. Its words come from bookmark-form.tsx (the server part),
// in the page's language.
import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/validation/form-contract";
import { bookmarkAction } from "@/actions/alerts";
import { FormMessage } from "@/components/forms/form-message";

export type BookmarkLabels = { add: string; saved: string; note: string; save: string; remove: string };

export function BookmarkFormClient({ postId, saved, note, labels: TEXT }: { postId: number; saved: boolean; note: string | null; labels: BookmarkLabels }) {
  const [state, action] = useActionState<FormState, FormData>(bookmarkAction, IDLE);
  return (
    <details className="bookmark" data-testid="bookmark">
      <summary className="reply__action">{saved ? TEXT.saved : TEXT.add}</summary>
      <form action={action} className="bookmark__form">
        <input type="hidden" name="postId" value={postId} />
        <label className="field">
          <span>{TEXT.note}</span>
          <input type="text" name="note" maxLength={500} defaultValue={state.values?.note ?? note ?? ""} />
        </label>
        <button type="submit" name="intent" value="save" className="button button--small">
          {TEXT.save}
        </button>
        {saved ? (
          <button type="submit" name="intent" value="remove" className="button button--small">
            {TEXT.remove}
          </button>
        ) : null}
        <FormMessage state={state} />
      </form>
    </details>
  );
}
