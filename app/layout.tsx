import type { Metadata, Viewport } from "next";
import { SITE_FEED_PATH, siteUrl } from "@/lib/urls";
import "./globals.css";
import { getCachedSiteSettings } from "@/lib/next/cached-site-settings";
import { DEFAULT_SITE_SETTINGS } from "@/lib/site/site-settings";
import "@/components/header/back-to-top.css";
import { OG_LOCALES } from "@/lib/i18n/locales";
import { currentAlternates, currentLocale, localized, translator } from "@/lib/i18n/server";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { HreflangLinks } from "@/components/i18n/hreflang-links";
import { TYPED_TEXT_SCRIPT } from "@/components/forms/typed-text-script";

/** The forum's name and description from Cài đặt → Diễn đàn (the defaults when there is no database, as while building). */
async function forumIdentity(): Promise<{ forumName: string; forumDescription: string }> {
  try {
    return await getCachedSiteSettings();
  } catch {
    return DEFAULT_SITE_SETTINGS;
  }
}

export async function generateMetadata(): Promise<Metadata> {
  const { forumName, forumDescription } = await forumIdentity();
  const t = await translator();
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: forumName, template: `%s | ${forumName}` },
    description: forumDescription || undefined,
    openGraph: { siteName: forumName, locale: OG_LOCALES[currentLocale()] },
    // The feed in the page's language: /en/feed.xml is English (lib/feeds/feed-documents.ts).
    alternates: { types: { "application/rss+xml": [{ url: localized(SITE_FEED_PATH), title: t("common.feedTitle", { forumName }) }] } },
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#185886" },
    { media: "(prefers-color-scheme: dark)", color: "#0f2233" },
  ],
};

// The root layout reads nothing about the request: the header with the
// account menu comes from each section's layout (components/site-chrome.tsx),
// so the guests' thread pages under app/guest-view can be cached whole. A new
// top-level section needs a layout.tsx that wraps its pages in MemberChrome.
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { forumName } = await forumIdentity();
  // The page's language comes from its URL (/en/… is English, lib/i18n):
  // no cookie or header is read, so cached pages stay cached.
  const locale = currentLocale();
  const alternates = currentAlternates();
  const t = await translator();
  return (
    <html lang={locale}>
      {alternates ? (
        <head>
          <HreflangLinks alternates={alternates} />
        </head>
      ) : null}
      <body id="top">
        {/* Keeps what is typed before the page's scripts run (components/forms/typed-text-script.ts). */}
        <script dangerouslySetInnerHTML={{ __html: TYPED_TEXT_SCRIPT }} />
        <a href="#main" className="skip-link">
          {t("common.skipToContent")}
        </a>
        {children}
        <footer className="site-footer">
          <p>{t("common.footerTagline", { forumName })}</p>
          {alternates ? <LanguageSwitch locale={locale} alternates={alternates} label={t("common.languageSwitch")} other={t("common.otherLanguage")} /> : null}
          {/* A plain link at the end of the page (works without JavaScript, covers nothing);
              on wide screens it floats in the margin once the page is scrolled (components/header/back-to-top.css). */}
          <a href="#top" className="back-to-top" data-testid="back-to-top">
            <span aria-hidden="true">↑ </span>
            {t("common.backToTop")}
          </a>
        </footer>
      </body>
    </html>
  );
}
