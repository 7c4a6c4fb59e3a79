// The moderators' area. Only staff get past this layout; every action inside
// is authorised again by its service (a layout is not a security boundary).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { canManageCategories, canManageSettings, canModerate, lacksRequiredTwoFactor } from "@/lib/permissions";
import { getViewer } from "@/lib/next/session";
import { MemberChrome } from "@/components/site-chrome";
import { forumNameForTitles } from "@/components/header/forum-brand";
import { localized, translator } from "@/lib/i18n/server";

// The forum's name from the settings (components/header/forum-brand.tsx).
export async function generateMetadata(): Promise<Metadata> {
  const t = await translator();
  return { title: { default: t("mod.layoutTitle"), template: t("mod.layoutTitleTemplate", { forum: await forumNameForTitles() }) }, robots: { index: false } };
}

export default async function ModLayout({ children }: { children: React.ReactNode }) {
  const viewer = await getViewer();
  // Staff the forum requires two-step login of are sent to turn it on first.
  if (lacksRequiredTwoFactor(viewer)) redirect(localized("/account/security?required=staff"));
  if (!canModerate(viewer)) notFound();
  const t = await translator();
  return (
    <MemberChrome>
      <div className="mod-layout">
        <nav aria-label={t("mod.layoutTitle")} className="mod-nav">
          <ul>
            <li><Link href={localized("/mod/queue")}>{t("mod.navQueue")}</Link></li>
            <li><Link href={localized("/mod/reports")}>{t("mod.navReports")}</Link></li>
            <li><Link href={localized("/mod/conversation-reports")}>{t("mod.navConversationReports")}</Link></li>
            <li><Link href={localized("/mod/members")}>{t("mod.navMembers")}</Link></li>
            <li><Link href={localized("/mod/log")}>{t("mod.navLog")}</Link></li>
            {canManageSettings(viewer) ? (
              <>
                <li><Link href={localized("/mod/articles")}>{t("mod.navArticles")}</Link></li>
                <li><Link href={localized("/mod/word-filter")}>{t("mod.navWordFilter")}</Link></li>
                <li><Link href={localized("/mod/settings")}>{t("mod.navSettings")}</Link></li>
              </>
            ) : null}
            {canManageCategories(viewer) ? <li><Link href={localized("/mod/categories")}>{t("mod.navCategories")}</Link></li> : null}
          </ul>
        </nav>
        <main className="content">{children}</main>
      </div>
    </MemberChrome>
  );
}
