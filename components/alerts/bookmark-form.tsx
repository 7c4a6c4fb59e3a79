"use client";
// "Đánh dấu" on a post: a <details> that opens a small form with an optional
// note (works without JavaScript); once saved, the note can be changed or the
// bookmark removed.
import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/validation/form-contract";
import { bookmarkAction } from "@/actions/alerts";
import { FormMessage } from "@/components/forms/form-message";

const TEXT = { add: "Đánh dấu", saved: "Đã đánh dấu", note: "Ghi chú (không bắt buộc)", save: "Lưu", remove: "Bỏ đánh dấu" } as const;

export function BookmarkForm({ postId, saved, note }: { postId: number; saved: boolean; note: string | null }) {
  const [state, action] = useActionState<FormState, FormData>(bookmarkAction, IDLE);
  return (
    <details className="bookmark" data-testid="bookmark">
      <summary className="reply__action">{saved ? `★ ${TEXT.saved}` : TEXT.add}</summary>
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
