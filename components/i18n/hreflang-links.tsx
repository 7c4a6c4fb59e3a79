// The page's address in each language, for search engines: hreflang vi, en
// and x-default (the Vietnamese address, the forum's default), absolute.
import { siteUrl } from "@/lib/urls";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/lib/i18n/locales";

export function HreflangLinks({ alternates }: { alternates: Record<Locale, string> }) {
  const origin = siteUrl();
  return (
    <>
      {LOCALES.map((locale) => (
        <link key={locale} rel="alternate" hrefLang={locale} href={`${origin}${alternates[locale]}`} />
      ))}
      <link rel="alternate" hrefLang="x-default" href={`${origin}${alternates[DEFAULT_LOCALE]}`} />
    </>
  );
}
