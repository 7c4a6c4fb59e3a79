// Settings → "Cảm xúc": which of the six reaction kinds members are offered.
// A plain form of checkboxes (the kinds left on).
import "@/components/members/members.css";
import { ActionForm } from "@/components/forms/action-form";
import { updateReactionKindsAction } from "@/actions/moderation";
import { REACTION_KINDS } from "@/lib/forum/reaction-kinds";

const T = {
  title: "Cảm xúc",
  hint: "Bỏ chọn một loại để thành viên không chọn được nữa. Các cảm xúc đã bày tỏ vẫn được giữ và đếm.",
  save: "Lưu các loại cảm xúc",
};

export function ReactionKindsForm({ kindsOff }: { kindsOff: readonly string[] }) {
  return (
    <section className="settings-section" aria-labelledby="settings-reactions">
      <h2 id="settings-reactions" className="settings-section__title">
        {T.title}
      </h2>
      <ActionForm action={updateReactionKindsAction} className="form" label={T.title}>
        <p className="field__hint">{T.hint}</p>
        <div className="reaction-kinds-choice">
          {REACTION_KINDS.map((r) => (
            <label key={r.kind} className="checkbox">
              <input type="checkbox" name="on" value={r.kind} defaultChecked={!kindsOff.includes(r.kind)} />{" "}
              <span aria-hidden="true">{r.emoji}</span> {r.label}
            </label>
          ))}
        </div>
        <div className="composer__actions">
          <button type="submit" className="button button--primary">
            {T.save}
          </button>
        </div>
      </ActionForm>
    </section>
  );
}
