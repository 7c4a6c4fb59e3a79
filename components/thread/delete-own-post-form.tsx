"use client";
import Link from "next/link";
import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/validation/form-contract";
import { deleteOwnPostAction } from "@/actions/forum";
import { FormMessage } from "@/components/forms/form-message";

type Props = { postId: number; cancelHref: string; labels: { cancel: string; delete: string } };

/** `labels`: composer.cancel and composer.deletePost in the page's language, from the page. */
export function DeleteOwnPostForm({ postId, cancelHref, labels }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(deleteOwnPostAction, IDLE);
  return (
    <form action={action} className="composer__actions">
      <input type="hidden" name="postId" value={postId} />
      {state.status === "error" ? <FormMessage state={state} /> : null}
      <Link href={cancelHref} className="button">
        {labels.cancel}
      </Link>
      <button type="submit" className="button button--danger" disabled={pending}>
        {labels.delete}
      </button>
    </form>
  );
}
