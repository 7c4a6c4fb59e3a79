"use client";
import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/validation/form-contract";
import { alertPreferencesAction } from "@/actions/alerts";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";

const WATCHED_MODES = ["immediate", "daily", "weekly", "never"] as const;
const MENTION_MODES = ["immediate", "never"] as const;

/** The form's words, in the page's language (from the catalogs, by the page). */
export type AlertPreferencesText = {
  autoWatch: string;
  watched: string;
  watchedModes: Record<(typeof WATCHED_MODES)[number], string>;
  mentions: string;
  mentionModes: Record<(typeof MENTION_MODES)[number], string>;
  followAlerts: string;
  save: string;
  pending: string;
};

type Prefs = { autoWatch: boolean; followAlerts: boolean; watchedEmail: (typeof WATCHED_MODES)[number]; mentionEmail: (typeof MENTION_MODES)[number] };

export function AlertPreferencesForm({ prefs, text }: { prefs: Prefs; text: AlertPreferencesText }) {
  const [state, action] = useActionState<FormState, FormData>(alertPreferencesAction, IDLE);
  return (
    <form action={action} className="form alert-settings" data-testid="alert-settings">
      <FormMessage state={state} />
      <label className="field field--check">
        <input type="checkbox" name="autoWatch" value="1" defaultChecked={prefs.autoWatch} /> {text.autoWatch}
      </label>
      <label className="field field--check">
        <input type="checkbox" name="followAlerts" value="1" defaultChecked={prefs.followAlerts} /> {text.followAlerts}
      </label>
      <fieldset className="field">
        <legend>{text.watched}</legend>
        {WATCHED_MODES.map((mode) => (
          <label key={mode} className="field--check">
            <input type="radio" name="watchedEmail" value={mode} defaultChecked={prefs.watchedEmail === mode} /> {text.watchedModes[mode]}
          </label>
        ))}
      </fieldset>
      <fieldset className="field">
        <legend>{text.mentions}</legend>
        {MENTION_MODES.map((mode) => (
          <label key={mode} className="field--check">
            <input type="radio" name="mentionEmail" value={mode} defaultChecked={prefs.mentionEmail === mode} /> {text.mentionModes[mode]}
          </label>
        ))}
      </fieldset>
      <SubmitButton pendingLabel={text.pending}>{text.save}</SubmitButton>
    </form>
  );
}
