// The footer's language switch: a plain link to this same page in the other
// language (works without JavaScript). Written in the language it leads to,
// as language choosers are.
import { LOCALES, type Locale } from "@/lib/i18n/locales";

type Props = { locale: Locale; alternates: Record<Locale, string>; label: string; other: string };

export function LanguageSwitch({ locale, alternates, label, other }: Props) {
  const target = LOCALES.find((l) => l !== locale) ?? locale;
  return (
    <p className="language-switch">
      <span>{label}: </span>
      <a href={alternates[target]} hrefLang={target} lang={target} data-testid="language-switch">
        {other}
      </a>
    </p>
  );
}
