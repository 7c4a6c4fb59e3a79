// Forum settings for administrators: limits, windows and thresholds.
import { notFound } from "next/navigation";
import { ActionForm, FieldError, FormInput, FormSelect } from "@/components/forms/action-form";
import { updateSettingsAction } from "@/actions/moderation";
import { canManageSettings } from "@/lib/permissions";
import { getSettings, type ForumSettingsValues } from "@/lib/settings";
import { getViewer } from "@/lib/next/session";
import { ShownValues } from "@/components/forms/shown-values";
import { ReactionKindsForm } from "@/components/moderation/reaction-kinds-form";
import { SiteSettingsForm } from "@/components/moderation/site-settings-form";
import { getSiteSettings } from "@/lib/site/site-settings";
import { translator } from "@/lib/i18n/server";
import { t } from "@/lib/i18n/text";

export async function generateMetadata() {
  const t = await translator();
  return { title: t("mod.settingsTitle") };
}

type SettingField = { key: keyof ForumSettingsValues; label: string; hint: string; options?: { value: number; label: string }[] };

/** The limits in the page's language: each label and hint is a key of its own (messages/<locale>/mod.json). */
function settingFields(): SettingField[] {
  return [
    { key: "editWindowMinutes", label: t("mod.settingsEditWindowMinutes"), hint: t("mod.settingsEditWindowMinutesHint") },
    { key: "replyIntervalSeconds", label: t("mod.settingsReplyIntervalSeconds"), hint: t("mod.settingsReplyIntervalSecondsHint") },
    { key: "newMemberReplyIntervalSeconds", label: t("mod.settingsNewMemberReplyIntervalSeconds"), hint: t("mod.settingsNewMemberReplyIntervalSecondsHint") },
    { key: "newMemberHours", label: t("mod.settingsNewMemberHours"), hint: "" },
    { key: "maxReplyLength", label: t("mod.settingsMaxReplyLength"), hint: t("mod.settingsMaxReplyLengthHint") },
    { key: "duplicateWindowMinutes", label: t("mod.settingsDuplicateWindowMinutes"), hint: "" },
    { key: "autoHideReportCount", label: t("mod.settingsAutoHideReportCount"), hint: t("mod.settingsAutoHideReportCountHint") },
    { key: "linkFreePosts", label: t("mod.settingsLinkFreePosts"), hint: t("mod.settingsLinkFreePostsHint") },
    { key: "postChallengeHours", label: t("mod.settingsPostChallengeHours"), hint: t("mod.settingsPostChallengeHoursHint") },
    { key: "holdRegistrationsAfter", label: t("mod.settingsHoldRegistrationsAfter"), hint: t("mod.settingsHoldRegistrationsAfterHint") },
    { key: "holdRegistrationsHours", label: t("mod.settingsHoldRegistrationsHours"), hint: "" },
    { key: "conversationMinHours", label: t("mod.settingsConversationMinHours"), hint: t("mod.settingsConversationMinHoursHint") },
    { key: "conversationMinPosts", label: t("mod.settingsConversationMinPosts"), hint: t("mod.settingsConversationMinPostsHint") },
    { key: "conversationRecipientsPerHour", label: t("mod.settingsConversationRecipientsPerHour"), hint: t("mod.settingsConversationRecipientsPerHourHint") },
    { key: "approveFirstReplies", label: t("mod.settingsApproveFirstReplies"), hint: t("mod.settingsApproveFirstRepliesHint") },
    // Pictures (lib/uploads).
    { key: "maxImagesPerPost", label: t("mod.settingsMaxImagesPerPost"), hint: t("mod.settingsMaxImagesPerPostHint") },
    { key: "maxImageMegabytes", label: t("mod.settingsMaxImageMegabytes"), hint: t("mod.settingsMaxImageMegabytesHint") },
    { key: "dailyImageQuota", label: t("mod.settingsDailyImageQuota"), hint: t("mod.settingsDailyImageQuotaHint") },
    { key: "imageFreePosts", label: t("mod.settingsImageFreePosts"), hint: t("mod.settingsImageFreePostsHint") },
    {
      key: "requireStaffTwoFactor",
      label: t("mod.settingsRequireStaffTwoFactor"),
      hint: t("mod.settingsRequireStaffTwoFactorHint"),
      options: [
        { value: 0, label: t("mod.settingsNotRequired") },
        { value: 1, label: t("mod.settingsRequired") },
      ],
    },
  ];
}

export default async function SettingsPage() {
  if (!canManageSettings(await getViewer())) notFound();
  const [settings, siteSettings] = await Promise.all([getSettings(), getSiteSettings()]);
  const fields = settingFields();
  return (
    <>
      <h1 className="page-title">{t("mod.settingsHeading")}</h1>
      <SiteSettingsForm settings={siteSettings} />
      <h2 className="settings-section__title settings-section">{t("mod.settingsLimits")}</h2>
      <ActionForm action={updateSettingsAction} className="form" label={t("mod.settingsTitle")}>
        <ShownValues values={settings} />
        {fields.map((f) => (
          <div className="field" key={f.key}>
            <label htmlFor={`setting-${f.key}`}>{f.label}</label>
            {f.options ? (
              <FormSelect id={`setting-${f.key}`} name={f.key} defaultValue={String(settings[f.key])}>
                {f.options.map((o) => (
                  <option key={o.value} value={String(o.value)}>
                    {o.label}
                  </option>
                ))}
              </FormSelect>
            ) : (
              <FormInput id={`setting-${f.key}`} name={f.key} type="number" min={0} step={1} defaultValue={String(settings[f.key])} required />
            )}
            {f.hint ? <span className="field__hint">{f.hint}</span> : null}
            <FieldError name={f.key} />
          </div>
        ))}
        <div className="composer__actions">
          <button type="submit" className="button button--primary">{t("mod.settingsSave")}</button>
        </div>
      </ActionForm>
      <ReactionKindsForm kindsOff={siteSettings.reactionKindsOff} />
    </>
  );
}
