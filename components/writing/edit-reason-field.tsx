// "Lý do sửa": an optional line given with an edit, shown in the post's
// history (lib/validation/edit-reason.ts bounds it on the server).
import { fill, type ComposerText } from "@/components/thread/composer-text";
import { EDIT_REASON_MAX } from "@/lib/validation/edit-limits";

type Text = Pick<ComposerText, "editReason" | "editReasonHint">;

/** `text`: the composer catalog in the page's language (components/thread/composer-text.ts). */
export function EditReasonField({ value, error, text }: { value?: string; error?: string; text: Text }) {
  return (
    <div className="field">
      <label htmlFor="edit-reason">{text.editReason}</label>
      <input
        key={value}
        id="edit-reason"
        name="reason"
        defaultValue={value}
        maxLength={EDIT_REASON_MAX}
        autoComplete="off"
        aria-describedby="edit-reason-hint"
        aria-invalid={error ? true : undefined}
      />
      <span id="edit-reason-hint" className="field__hint">
        {fill(text.editReasonHint, { max: EDIT_REASON_MAX })}
      </span>
      {error ? <span className="field__error">{error}</span> : null}
    </div>
  );
}
