// "Lý do sửa": an optional line given with an edit, shown in the post's
// history (lib/validation/edit-reason.ts bounds it on the server).
import { WRITING_MESSAGES as M } from "@/lib/forum/writing-messages";
import { EDIT_REASON_MAX } from "@/lib/validation/edit-limits";

export function EditReasonField({ value, error }: { value?: string; error?: string }) {
  return (
    <div className="field">
      <label htmlFor="edit-reason">{M.reasonLabel}</label>
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
        {M.reasonHint(EDIT_REASON_MAX)}
      </span>
      {error ? <span className="field__error">{error}</span> : null}
    </div>
  );
}
