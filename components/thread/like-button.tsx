"use client";
// "Thích" as a form: without JavaScript it posts and comes back to the post;
// with JavaScript it toggles in place.
import { useActionState, useEffect, useState } from "react";
import { IDLE, type FormState } from "@/lib/validation/form-contract";
import { toggleReactionAction } from "@/actions/forum";

export function LikeButton({ postId, liked, count }: { postId: number; liked: boolean; count: number }) {
  const [state, action, pending] = useActionState<FormState, FormData>(toggleReactionAction, IDLE);
  return (
    <form action={action} className="like-form">
      <input type="hidden" name="postId" value={postId} />
      <JsMarker />
      <button type="submit" className={`reply__like${liked ? " reply__like--on" : ""}`} aria-pressed={liked} disabled={pending}>
        {liked ? "Bỏ thích" : "Thích"}
        {count > 0 ? ` · ${count}` : ""}
      </button>
      {state.status === "error" ? (
        <span role="alert" className="field__error">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}

/**
 * Tells the action the form was sent by script, so it answers in place instead
 * of redirecting. Rendered only after hydration: without JavaScript it is absent.
 */
function JsMarker() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated ? <input type="hidden" name="js" value="1" /> : null;
}
