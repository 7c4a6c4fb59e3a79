// "Tìm trong chủ đề này": a small GET form on the thread page that opens the
// search page limited to this thread. Works without JavaScript.
import "@/components/search/search.css";

export function ThreadSearchBox({ threadId }: { threadId: number }) {
  return (
    <form action="/search" method="get" role="search" aria-label="Tìm trong chủ đề này" className="widget thread-search">
      <h2 className="widget__title">
        <label htmlFor="thread-search-q">Tìm trong chủ đề này</label>
      </h2>
      <div className="thread-search__row">
        <input type="hidden" name="thread" value={threadId} />
        <input id="thread-search-q" type="search" name="q" placeholder="Từ khóa…" maxLength={200} />
        <button type="submit" className="button">
          Tìm
        </button>
      </div>
    </form>
  );
}
