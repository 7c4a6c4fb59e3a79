// Settings → "Cảm xúc": which of the six reaction kinds members are offered.
// A plain form of checkboxes (the kinds left on).
import "@/components/members/members.css";
import { ActionForm } from "@/components/forms/action-form";
import { updateReactionKindsAction } from "@/actions/moderation";
import { ShownValues } from "@/components/forms/shown-values";
import { REACTION_KINDS } from "@/lib/forum/reaction-kinds";
import { t } from "@/lib/i18n/text";
import { reactionKindLabel } from "@/lib/mod-log/labels";

export function ReactionKindsForm({ kindsOff }: { kindsOff: readonly string[] }) {
  return (
    <section className="settings-section" aria-labelledby="settings-reactions">
      <h2 id="settings-reactions" className="settings-section__title">
        {t("mod.reactionKindsTitle")}
      </h2>
      <ActionForm action={updateReactionKindsAction} className="form" label={t("mod.reactionKindsTitle")}>
        <p className="field__hint">{t("mod.reactionKindsHint")}</p>
        <ShownValues values={Object.fromEntries(REACTION_KINDS.map((r) => [r.kind, !kindsOff.includes(r.kind)]))} />
        <div className="reaction-kinds-choice">
          {REACTION_KINDS.map((r) => (
            <label key={r.kind} className="checkbox">
              <input type="checkbox" name="on" value={r.kind} defaultChecked={!kindsOff.includes(r.kind)} />{" "}
              <span aria-hidden="true">{r.emoji}</span> {reactionKindLabel(r.kind)}
            </label>
          ))}
        </div>
        <div className="composer__actions">
          <button type="submit" className="button button--primary">
            {t("mod.reactionKindsSave")}
          </button>
        </div>
      </ActionForm>
    </section>
  );
}
