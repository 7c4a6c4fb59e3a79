// "Tìm trong chủ đề này": a small GET form on the thread page that opens the
// search page limited to this thread. Works without JavaScript.
import "@/components/search/search.css";
import { localized, translator } from "@/lib/i18n/server";

export async function ThreadSearchBox({ threadId }: { threadId: number }) {
  const t = await translator();
  return (
    <form action={localized("/search")} method="get" role="search" aria-label={t("thread.searchInThread")} className="widget thread-search">
      <h2 className="widget__title">
        <label htmlFor="thread-search-q">{t("thread.searchInThread")}</label>
      </h2>
      <div className="thread-search__row">
        <input type="hidden" name="thread" value={threadId} />
        <input id="thread-search-q" type="search" name="q" placeholder={t("thread.searchKeywords")} maxLength={200} />
        <button type="submit" className="button">
          {t("nav.searchButton")}
        </button>
      </div>
    </form>
  );
}
