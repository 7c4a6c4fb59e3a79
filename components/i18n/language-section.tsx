// Account settings → Language: a plain form (works without JavaScript) with
// the two languages, each named in itself, posted to app/account/language/route.ts.
import { memberLocale } from "@/lib/next/member-locale";
import { currentLocale, translator } from "@/lib/i18n/server";

export async function LanguageSection({ memberId, justSaved }: { memberId: number; justSaved: boolean }) {
  const t = await translator();
  const chosen = (await memberLocale(memberId)) ?? currentLocale();
  const options = [
    { value: "vi", label: "Tiếng Việt" },
    { value: "en", label: "English" },
  ];
  return (
    <section aria-labelledby="account-language" className="account-section">
      <h2 id="account-language">{t("account.languageTitle")}</h2>
      {justSaved ? (
        <p className="notice notice--success" role="status">
          {t("account.languageSaved")}
        </p>
      ) : null}
      <form action="/account/language" method="post">
        <fieldset>
          <legend>{t("account.languageLegend")}</legend>
          {options.map((option) => (
            <label key={option.value} lang={option.value} className="language-option">
              <input type="radio" name="locale" value={option.value} defaultChecked={option.value === chosen} /> {option.label}
            </label>
          ))}
        </fieldset>
        <p>
          <button type="submit" className="button">
            {t("account.languageSave")}
          </button>
        </p>
      </form>
    </section>
  );
}
