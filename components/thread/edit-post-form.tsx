"use client";
// The edit form: like the composer, a plain form with a preview button.
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { IDLE, type FormState } from "@/lib/validation/form-contract";
import { editPostAction } from "@/app/(forum)/threads/actions";
import { FormMessage } from "@/components/forms/form-message";
import { PreviewPanel } from "./preview-panel";

export function EditPostForm({ postId, source, maxLength }: { postId: number; source: string; maxLength: number }) {
  const [state, action] = useActionState<FormState, FormData>(editPostAction, IDLE);
  const value = state.values?.source ?? source;
  return (
    <form action={action} className="form composer">
      <input type="hidden" name="postId" value={postId} />
      {state.status === "error" ? <FormMessage state={state} /> : null}
      <PreviewPanel state={state} />
      <div className="field">
        <label htmlFor="edit-source">Nội dung</label>
        <textarea key={value} id="edit-source" name="source" defaultValue={value} rows={10} maxLength={maxLength} required />
      </div>
      <Buttons />
    </form>
  );
}

function Buttons() {
  const { pending } = useFormStatus();
  return (
    <div className="composer__actions">
      <button type="submit" name="intent" value="preview" className="button" disabled={pending} formNoValidate>
        Xem trước
      </button>
      <button type="submit" name="intent" value="save" className="button button--primary" disabled={pending}>
        Lưu thay đổi
      </button>
    </div>
  );
}
