// /members?list=newest|posts|staff&q=…&page=…: the member list, like
// XenForo's — newest members, most posts, the staff — with a search by name.
// A plain GET form and plain links: it works without JavaScript.
import type { Metadata } from "next";
import { Avatar } from "@/components/avatar";
import { RoleBadge } from "@/components/role-badge";
import { Pagination } from "@/components/thread/pagination";
import "@/components/members/members.css";
import { formatDate, formatNumber } from "@/lib/format";
import { listMembers } from "@/lib/members/list-members";
import { memberPath } from "@/lib/urls";
import { parseMembersQuery, type MemberList } from "@/lib/validation/members";

const T = {
  title: "Thành viên",
  tabs: { newest: "Thành viên mới", posts: "Nhiều bài viết nhất", staff: "Ban điều hành" } satisfies Record<MemberList, string>,
  tabsLabel: "Danh sách thành viên",
  search: "Tìm thành viên theo tên",
  searchButton: "Tìm",
  found: (n: number, q: string) => `${formatNumber(n)} thành viên có tên chứa “${q}”`,
  none: "Không có thành viên nào.",
  noneFor: (q: string) => `Không tìm thấy thành viên nào có tên chứa “${q}”.`,
  joined: "Tham gia",
  posts: "Bài viết",
  reactions: "Cảm xúc",
};

type SearchParamsInput = Promise<Record<string, string | string[] | undefined>>;

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: T.title };

function hrefFor(list: MemberList, q: string, page = 1): string {
  const params = new URLSearchParams();
  if (list !== "newest") params.set("list", list);
  if (q) params.set("q", q);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/members?${query}` : "/members";
}

export default async function MembersPage({ searchParams }: { searchParams: SearchParamsInput }) {
  const query = parseMembersQuery(await searchParams);
  const { members, total, pages, page } = await listMembers(query);
  return (
    <main className="content content--narrow members-page">
      <h1 className="page-title">{T.title}</h1>
      <nav className="members-tabs" aria-label={T.tabsLabel}>
        {(Object.keys(T.tabs) as MemberList[]).map((list) => (
          <a key={list} href={hrefFor(list, query.q)} className="members-tabs__tab" aria-current={list === query.list ? "page" : undefined}>
            {T.tabs[list]}
          </a>
        ))}
      </nav>
      <form method="get" action="/members" className="members-search" role="search">
        {query.list !== "newest" ? <input type="hidden" name="list" value={query.list} /> : null}
        <label htmlFor="members-q" className="visually-hidden">
          {T.search}
        </label>
        <input id="members-q" name="q" type="search" defaultValue={query.q} placeholder={T.search} maxLength={60} />
        <button type="submit" className="button">
          {T.searchButton}
        </button>
      </form>
      {query.q && total > 0 ? <p className="members-found">{T.found(total, query.q)}</p> : null}
      {members.length === 0 ? (
        <p className="empty">{query.q ? T.noneFor(query.q) : T.none}</p>
      ) : (
        <ol className="member-list" data-testid="member-list">
          {members.map((m) => (
            <li key={m.id} className="member-list__item">
              <Avatar user={m} />
              <div className="member-list__who">
                <a href={memberPath(m)} className="member-list__name">
                  {m.displayName}
                </a>{" "}
                <RoleBadge role={m.role} />
                <div className="member-list__sub">
                  @{m.username}
                  {m.userTitle ? ` · ${m.userTitle}` : ""}
                </div>
              </div>
              <dl className="member-list__stats">
                <div>
                  <dt>{T.joined}</dt>
                  <dd>
                    <time dateTime={m.createdAt.toISOString()}>{formatDate(m.createdAt)}</time>
                  </dd>
                </div>
                <div>
                  <dt>{T.posts}</dt>
                  <dd>{formatNumber(m.postCount)}</dd>
                </div>
                <div>
                  <dt>{T.reactions}</dt>
                  <dd>{formatNumber(m.reactionsReceived)}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ol>
      )}
      <Pagination current={page} total={pages} hrefFor={(p) => hrefFor(query.list, query.q, p)} label="Phân trang thành viên" />
    </main>
  );
}
