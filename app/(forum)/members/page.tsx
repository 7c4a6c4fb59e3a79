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
import { localized, translator } from "@/lib/i18n/server";

/** The three lists, in the order of their tabs. */
const LISTS: MemberList[] = ["newest", "posts", "staff"];

type SearchParamsInput = Promise<Record<string, string | string[] | undefined>>;

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator();
  return { title: t("members.title") };
}

function hrefFor(list: MemberList, q: string, page = 1): string {
  const params = new URLSearchParams();
  if (list !== "newest") params.set("list", list);
  if (q) params.set("q", q);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return localized(query ? `/members?${query}` : "/members");
}

export default async function MembersPage({ searchParams }: { searchParams: SearchParamsInput }) {
  const query = parseMembersQuery(await searchParams);
  const [{ members, total, pages, page }, t] = await Promise.all([listMembers(query), translator()]);
  const tabs: Record<MemberList, string> = { newest: t("members.tabNewest"), posts: t("members.tabPosts"), staff: t("members.tabStaff") };
  return (
    <main className="content content--narrow members-page">
      <h1 className="page-title">{t("members.title")}</h1>
      <nav className="members-tabs" aria-label={t("members.tabsLabel")}>
        {LISTS.map((list) => (
          <a key={list} href={hrefFor(list, query.q)} className="members-tabs__tab" aria-current={list === query.list ? "page" : undefined}>
            {tabs[list]}
          </a>
        ))}
      </nav>
      <form method="get" action={localized("/members")} className="members-search" role="search">
        {query.list !== "newest" ? <input type="hidden" name="list" value={query.list} /> : null}
        <label htmlFor="members-q" className="visually-hidden">
          {t("members.search")}
        </label>
        <input id="members-q" name="q" type="search" defaultValue={query.q} placeholder={t("members.search")} maxLength={60} />
        <button type="submit" className="button">
          {t("members.searchButton")}
        </button>
      </form>
      {query.q && total > 0 ? <p className="members-found">{t("members.found", { count: total, n: formatNumber(total), q: query.q })}</p> : null}
      {members.length === 0 ? (
        <p className="empty">{query.q ? t("members.noneFor", { q: query.q }) : t("members.none")}</p>
      ) : (
        <ol className="member-list" data-testid="member-list">
          {members.map((m) => (
            <li key={m.id} className="member-list__item">
              <Avatar user={m} />
              <div className="member-list__who">
                <a href={localized(memberPath(m))} className="member-list__name">
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
                  <dt>{t("members.joined")}</dt>
                  <dd>
                    <time dateTime={m.createdAt.toISOString()}>{formatDate(m.createdAt)}</time>
                  </dd>
                </div>
                <div>
                  <dt>{t("members.posts")}</dt>
                  <dd>{formatNumber(m.postCount)}</dd>
                </div>
                <div>
                  <dt>{t("members.reactions")}</dt>
                  <dd>{formatNumber(m.reactionsReceived)}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ol>
      )}
      <Pagination current={page} total={pages} hrefFor={(p) => hrefFor(query.list, query.q, p)} label={t("members.pagination")} />
    </main>
  );
}
