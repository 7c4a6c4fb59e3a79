"use client";
import Link from "next/link";
import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/validation/form-contract";
import { deleteOwnPostAction } from "@/actions/forum";
import { FormMessage } from "@/components/forms/form-message";

export function DeleteOwnPostForm({ postId, cancelHref }: { postId: number; cancelHref: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(deleteOwnPostAction, IDLE);
  return (
    <form action={action} className="composer__actions">
      <input type="hidden" name="postId" value={postId} />
      {state.status === "error" ? <FormMessage state={state} /> : null}
      <Link href={cancelHref} className="button">
        Hủy
      </Link>
      <button type="submit" className="button button--danger" disabled={pending}>
        Xóa bài viết
      </button>
    </form>
  );
}
