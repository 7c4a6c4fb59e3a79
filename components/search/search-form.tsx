// The search page's form: a plain GET form, so searching, filtering and
// paging all work without JavaScript. The "include hidden posts" box is shown
// only to staff; the service checks the permission again whatever is sent.
import Link from "next/link";
import type { SearchPageData } from "@/lib/forum/search-posts";
import { searchPath } from "@/lib/urls";
import { SEARCH_PERIODS } from "@/lib/validation/search";

export function SearchForm({ data }: { data: SearchPageData }) {
  const { params, thread } = data;
  return (
    <form action="/search" method="get" role="search" aria-label="Tìm kiếm trên diễn đàn" className="search-form">
      <div className="search-form__main">
        <label htmlFor="search-q" className="visually-hidden">
          Từ khóa
        </label>
        <input id="search-q" type="search" name="q" defaultValue={data.queryText} placeholder="Ví dụ: dau tu, Trung Quốc…" />
        <button type="submit" className="button button--primary">
          Tìm kiếm
        </button>
      </div>
      <fieldset className="search-form__filters">
        <legend className="visually-hidden">Bộ lọc</legend>
        <div className="field">
          <label htmlFor="search-member">Thành viên</label>
          <input id="search-member" name="member" defaultValue={params.member} placeholder="Tên đăng nhập" autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor="search-period">Thời gian</label>
          <select id="search-period" name="period" defaultValue={params.period ?? ""}>
            <option value="">Mọi lúc</option>
            {Object.entries(SEARCH_PERIODS).map(([value, { label }]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        {thread ? (
          <div className="search-form__scope">
            <input type="hidden" name="thread" value={thread.id} />
            <span>
              Chỉ trong chủ đề: <strong>{thread.title}</strong>
            </span>{" "}
            <Link href={searchPath({ ...params, thread: undefined, page: 1 })}>Tìm trên toàn diễn đàn</Link>
          </div>
        ) : null}
        {data.canIncludeHidden ? (
          <div className="search-form__hidden">
            <input id="search-hidden" type="checkbox" name="hidden" value="1" defaultChecked={data.includeHidden} />
            <label htmlFor="search-hidden">Gồm cả bài bị ẩn, chờ duyệt hoặc đã xóa (chỉ điều hành viên)</label>
          </div>
        ) : null}
      </fieldset>
    </form>
  );
}
