// The search page's form: a plain GET form, so searching, filtering and
// paging all work without JavaScript. The "include hidden posts" box is shown
// only to staff; the service checks the permission again whatever is sent.
import Link from "next/link";
import type { SearchPageData } from "@/lib/forum/search-posts";
import { localized, translator } from "@/lib/i18n/server";
import { searchPath } from "@/lib/urls";

export async function SearchForm({ data }: { data: SearchPageData }) {
  const t = await translator();
  const { params, thread } = data;
  const periods = [
    { value: "7d", label: t("search.period7d") },
    { value: "30d", label: t("search.period30d") },
    { value: "1y", label: t("search.period1y") },
  ];
  return (
    <form action={localized("/search")} method="get" role="search" aria-label={t("search.formLabel")} className="search-form">
      <div className="search-form__main">
        <label htmlFor="search-q" className="visually-hidden">
          {t("search.keywords")}
        </label>
        <input id="search-q" type="search" name="q" defaultValue={data.queryText} placeholder={t("search.placeholder")} />
        <button type="submit" className="button button--primary">
          {t("search.submit")}
        </button>
      </div>
      <fieldset className="search-form__filters">
        <legend className="visually-hidden">{t("search.filters")}</legend>
        <div className="field">
          <label htmlFor="search-member">{t("search.member")}</label>
          <input id="search-member" name="member" defaultValue={params.member} placeholder={t("search.memberPlaceholder")} autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor="search-period">{t("search.period")}</label>
          <select id="search-period" name="period" defaultValue={params.period ?? ""}>
            <option value="">{t("search.anyTime")}</option>
            {periods.map(({ value, label }) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        {thread ? (
          <div className="search-form__scope">
            <input type="hidden" name="thread" value={thread.id} />
            <span>{t.rich("search.onlyInThread", { title: thread.title, strong: (chunks) => <strong>{chunks}</strong> })}</span>{" "}
            <Link href={localized(searchPath({ ...params, thread: undefined, page: 1 }))}>{t("search.searchEverywhere")}</Link>
          </div>
        ) : null}
        {data.canIncludeHidden ? (
          <div className="search-form__hidden">
            <input id="search-hidden" type="checkbox" name="hidden" value="1" defaultChecked={data.includeHidden} />
            <label htmlFor="search-hidden">{t("search.includeHidden")}</label>
          </div>
        ) : null}
      </fieldset>
    </form>
  );
}
