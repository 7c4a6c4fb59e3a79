// Settings → "Diễn đàn": the forum's name and description, who may register,
// and the notice shown above every page.
import "@/components/members/members.css";
import { ActionForm, FieldError, FormInput, FormRadio, FormTextarea } from "@/components/forms/action-form";
import { updateSiteSettingsAction } from "@/actions/moderation";
import { ShownValues } from "@/components/forms/shown-values";
import type { SiteSettings } from "@/lib/site/site-settings";
import { t } from "@/lib/i18n/text";

export function SiteSettingsForm({ settings }: { settings: SiteSettings }) {
  const T = {
    title: t("mod.siteSettingsTitle"),
    name: t("mod.siteSettingsName"),
    nameHint: t("mod.siteSettingsNameHint"),
    description: t("mod.siteSettingsDescription"),
    registration: t("mod.siteSettingsRegistration"),
    modes: {
      open: t("mod.siteSettingsModeOpen"),
      approval: t("mod.siteSettingsModeApproval"),
      closed: t("mod.siteSettingsModeClosed"),
    },
    notice: t("mod.siteSettingsNotice"),
    noticeHint: t("mod.siteSettingsNoticeHint"),
    save: t("mod.siteSettingsSave"),
  };
  return (
    <section className="settings-section" aria-labelledby="settings-forum">
      <h2 id="settings-forum" className="settings-section__title">
        {T.title}
      </h2>
      <ActionForm action={updateSiteSettingsAction} className="form" label={T.title}>
        <ShownValues values={shown(settings)} />
        <div className="field">
          <label htmlFor="site-forumName">{T.name}</label>
          <FormInput id="site-forumName" name="forumName" defaultValue={settings.forumName} required minLength={2} maxLength={60} />
          <span className="field__hint">{T.nameHint}</span>
          <FieldError name="forumName" />
        </div>
        <div className="field">
          <label htmlFor="site-forumDescription">{T.description}</label>
          <FormInput id="site-forumDescription" name="forumDescription" defaultValue={settings.forumDescription} maxLength={300} />
          <FieldError name="forumDescription" />
        </div>
        <fieldset className="settings-radios">
          <legend>{T.registration}</legend>
          {(Object.keys(T.modes) as (keyof typeof T.modes)[]).map((mode) => (
            <label key={mode} className="settings-radios__option">
              <FormRadio name="registrationMode" value={mode} defaultChecked={settings.registrationMode === mode} /> {T.modes[mode]}
            </label>
          ))}
          <FieldError name="registrationMode" />
        </fieldset>
        <div className="field">
          <label htmlFor="site-siteNotice">{T.notice}</label>
          <FormTextarea id="site-siteNotice" name="siteNotice" defaultValue={settings.siteNotice} rows={3} maxLength={1000} />
          <span className="field__hint">{T.noticeHint}</span>
          <FieldError name="siteNotice" />
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

// Fields left as shown are not written (lib/validation/shown-values.ts).
const shown = ({ forumName, forumDescription, registrationMode, siteNotice }: SiteSettings) => ({ forumName, forumDescription, registrationMode, siteNotice });
