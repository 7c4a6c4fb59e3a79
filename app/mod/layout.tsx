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
  return { title: { default: t("mod.layout.title"), template: t("mod.layout.titleTemplate", { forum: await forumNameForTitles() }) }, robots: { index: false } };
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
        <nav aria-label={t("mod.layout.title")} className="mod-nav">
          <ul>
            <li><Link href={localized("/mod/queue")}>{t("mod.nav.queue")}</Link></li>
            <li><Link href={localized("/mod/reports")}>{t("mod.nav.reports")}</Link></li>
            <li><Link href={localized("/mod/conversation-reports")}>{t("mod.nav.conversationReports")}</Link></li>
            <li><Link href={localized("/mod/members")}>{t("mod.nav.members")}</Link></li>
            <li><Link href={localized("/mod/log")}>{t("mod.nav.log")}</Link></li>
            {canManageSettings(viewer) ? (
              <>
                <li><Link href={localized("/mod/articles")}>{t("mod.nav.articles")}</Link></li>
                <li><Link href={localized("/mod/word-filter")}>{t("mod.nav.wordFilter")}</Link></li>
                <li><Link href={localized("/mod/settings")}>{t("mod.nav.settings")}</Link></li>
              </>
            ) : null}
            {canManageCategories(viewer) ? <li><Link href={localized("/mod/categories")}>{t("mod.nav.categories")}</Link></li> : null}
          </ul>
        </nav>
        <main className="content">{children}</main>
      </div>
    </MemberChrome>
  );
}
