// Forum settings for administrators: limits, windows and thresholds.
import { notFound } from "next/navigation";
import { ActionForm, FieldError, FormInput, FormSelect } from "@/components/forms/action-form";
import { updateSettingsAction } from "@/actions/moderation";
import { canManageSettings } from "@/lib/permissions";
import { getSettings, type ForumSettingsValues } from "@/lib/settings";
import { getViewer } from "@/lib/next/session";
import { ReactionKindsForm } from "@/components/moderation/reaction-kinds-form";
import { SiteSettingsForm } from "@/components/moderation/site-settings-form";
import { getSiteSettings } from "@/lib/site/site-settings";
import { translator } from "@/lib/i18n/server";
import { t } from "@/lib/i18n/text";

export async function generateMetadata() {
  const t = await translator();
  return { title: t("mod.settings.title") };
}

type SettingField = { key: keyof ForumSettingsValues; label: string; hint: string; options?: { value: number; label: string }[] };

/** The limits in the page's language: each label and hint is a key of its own (messages/*/mod.json). */
function settingFields(): SettingField[] {
  return [
    { key: "editWindowMinutes", label: t("mod.settings.editWindowMinutes"), hint: t("mod.settings.editWindowMinutesHint") },
    { key: "replyIntervalSeconds", label: t("mod.settings.replyIntervalSeconds"), hint: t("mod.settings.replyIntervalSecondsHint") },
    { key: "newMemberReplyIntervalSeconds", label: t("mod.settings.newMemberReplyIntervalSeconds"), hint: t("mod.settings.newMemberReplyIntervalSecondsHint") },
    { key: "newMemberHours", label: t("mod.settings.newMemberHours"), hint: "" },
    { key: "maxReplyLength", label: t("mod.settings.maxReplyLength"), hint: t("mod.settings.maxReplyLengthHint") },
    { key: "duplicateWindowMinutes", label: t("mod.settings.duplicateWindowMinutes"), hint: "" },
    { key: "autoHideReportCount", label: t("mod.settings.autoHideReportCount"), hint: t("mod.settings.autoHideReportCountHint") },
    { key: "linkFreePosts", label: t("mod.settings.linkFreePosts"), hint: t("mod.settings.linkFreePostsHint") },
    { key: "postChallengeHours", label: t("mod.settings.postChallengeHours"), hint: t("mod.settings.postChallengeHoursHint") },
    { key: "holdRegistrationsAfter", label: t("mod.settings.holdRegistrationsAfter"), hint: t("mod.settings.holdRegistrationsAfterHint") },
    { key: "holdRegistrationsHours", label: t("mod.settings.holdRegistrationsHours"), hint: "" },
    { key: "conversationMinHours", label: t("mod.settings.conversationMinHours"), hint: t("mod.settings.conversationMinHoursHint") },
    { key: "conversationMinPosts", label: t("mod.settings.conversationMinPosts"), hint: t("mod.settings.conversationMinPostsHint") },
    { key: "conversationRecipientsPerHour", label: t("mod.settings.conversationRecipientsPerHour"), hint: t("mod.settings.conversationRecipientsPerHourHint") },
    { key: "approveFirstReplies", label: t("mod.settings.approveFirstReplies"), hint: t("mod.settings.approveFirstRepliesHint") },
    // Pictures (lib/uploads).
    { key: "maxImagesPerPost", label: t("mod.settings.maxImagesPerPost"), hint: t("mod.settings.maxImagesPerPostHint") },
    { key: "maxImageMegabytes", label: t("mod.settings.maxImageMegabytes"), hint: t("mod.settings.maxImageMegabytesHint") },
    { key: "dailyImageQuota", label: t("mod.settings.dailyImageQuota"), hint: t("mod.settings.dailyImageQuotaHint") },
    { key: "imageFreePosts", label: t("mod.settings.imageFreePosts"), hint: t("mod.settings.imageFreePostsHint") },
    {
      key: "requireStaffTwoFactor",
      label: t("mod.settings.requireStaffTwoFactor"),
      hint: t("mod.settings.requireStaffTwoFactorHint"),
      options: [
        { value: 0, label: t("mod.settings.notRequired") },
        { value: 1, label: t("mod.settings.required") },
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
      <h1 className="page-title">{t("mod.settings.heading")}</h1>
      <SiteSettingsForm settings={siteSettings} />
      <h2 className="settings-section__title settings-section">{t("mod.settings.limits")}</h2>
      <ActionForm action={updateSettingsAction} className="form" label={t("mod.settings.title")}>
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
          <button type="submit" className="button button--primary">{t("mod.settings.save")}</button>
        </div>
      </ActionForm>
      <ReactionKindsForm kindsOff={siteSettings.reactionKindsOff} />
    </>
  );
}
