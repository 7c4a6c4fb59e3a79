"use client";
// The edit form: like the composer, a plain form with a preview button.
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { IDLE, type FormState } from "@/lib/validation/form-state";
import { editPostAction } from "@/app/(forum)/threads/actions";

export function EditPostForm({ postId, source, maxLength }: { postId: number; source: string; maxLength: number }) {
  const [state, action] = useActionState<FormState, FormData>(editPostAction, IDLE);
  const value = state.values?.source ?? source;
  return (
    <form action={action} className="form composer">
      <input type="hidden" name="postId" value={postId} />
      {state.status === "error" ? (
        <p className="notice notice--error" role="alert">
          {state.message}
        </p>
      ) : null}
      {state.status === "preview" && state.data?.html ? (
        <section className="composer__preview" aria-label="Xem trước">
          <div className="composer__preview-label">Xem trước</div>
          <div className="prose" dangerouslySetInnerHTML={{ __html: state.data.html }} />
        </section>
      ) : null}
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
