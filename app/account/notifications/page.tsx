// /account/notifications: how a member hears of what they follow — auto-watch,
// e-mail for watched threads (at once, once per thread until read / daily /
// weekly digest / never) and for quotes and mentions (at once / never);
// web push on this browser (a script-only control, the rest works without).
import type { Metadata } from "next";
import Link from "next/link";
import { readPreferences } from "@/lib/alerts/preferences";
import { localized, translator } from "@/lib/i18n/server";
import { requireViewer } from "@/lib/next/session";
import { AlertPreferencesForm } from "./preferences-form";
import { PushControl } from "@/components/alerts/push-control";
import { vapidKeys } from "@/lib/push/vapid";
import { db } from "@/lib/db";

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator();
  return { title: t("account.alertSettingsTitle"), robots: { index: false } };
}

export default async function AlertSettingsPage() {
  const viewer = await requireViewer("/account/notifications");
  const [prefs, vapid] = await Promise.all([readPreferences(viewer), vapidKeys(db)]);
  const t = await translator();
  return (
    <main className="content content--narrow">
      <h1 className="page-title">{t("account.alertSettingsTitle")}</h1>
      <p>
        <Link href={localized("/account/watched")}>{t("account.alertSettingsWatched")}</Link> · <Link href={localized("/notifications")}>{t("account.alertSettingsAlerts")}</Link>
      </p>
      {!viewer.emailVerified ? <p className="notice">{t("account.alertSettingsUnverified")}</p> : null}
      <AlertPreferencesForm
        prefs={prefs}
        text={{
          autoWatch: t("account.prefAutoWatch"),
          watched: t("account.prefWatched"),
          watchedModes: {
            immediate: t("account.prefWatchedImmediate"),
            daily: t("account.prefWatchedDaily"),
            weekly: t("account.prefWatchedWeekly"),
            never: t("account.prefNever"),
          },
          mentions: t("account.prefMentions"),
          mentionModes: { immediate: t("account.prefMentionsImmediate"), never: t("account.prefNever") },
          followAlerts: t("account.prefFollowAlerts"),
          save: t("account.prefSave"),
          pending: t("account.sending"),
        }}
      />
      <PushControl publicKey={vapid.publicKey} />
    </main>
  );
}
