// "Bài mới" (members: threads with posts they have not read; "Tất cả" for
// everything by date) and "Có gì mới" (guests: threads by latest activity),
// reachable from the header. Paged by key (?before=…); plain links and forms.
import type { Metadata } from "next";
import Link from "next/link";
import { MarkReadForm } from "@/components/lists/mark-read-form";
import { ThreadList } from "@/components/lists/thread-list";
import { formatActivityKey, listRecentActivity, listUnreadThreads, parseActivityKey } from "@/lib/forum/whats-new";
import { UNREAD_WINDOW_DAYS } from "@/lib/forum/unread";
import { getViewer } from "@/lib/next/session";
import { WHATS_NEW_PATH } from "@/lib/urls";
import { withViewCounts } from "@/lib/views/read-view-counts";

const TEXT = {
  member: "Bài mới",
  guest: "Có gì mới",
  memberIntro: `Chủ đề có bài bạn chưa đọc trong ${UNREAD_WINDOW_DAYS} ngày qua, mới nhất trước.`,
  guestIntro: "Các chủ đề vừa có bài viết, mới nhất trước.",
  unreadTab: "Chưa đọc",
  allTab: "Tất cả",
  tabs: "Hiển thị",
  noneUnread: "Bạn đã đọc hết. Không có bài mới nào.",
  older: "Cũ hơn ›",
  newest: "« Mới nhất",
  pages: "Trang tiếp",
} as const;

export const metadata: Metadata = { title: "Có gì mới" };

type Search = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function WhatsNewPage({ searchParams }: { searchParams: Search }) {
  const q = await searchParams;
  const viewer = await getViewer();
  const showAll = !viewer || one(q.show) === "all";
  const before = parseActivityKey(one(q.before));
  const { threads, next } = showAll ? await listRecentActivity(viewer, before) : { threads: await listUnreadThreads(viewer), next: null };
  const allHref = (key?: string) => `${WHATS_NEW_PATH}?${new URLSearchParams({ ...(viewer ? { show: "all" } : {}), ...(key ? { before: key } : {}) })}`.replace(/\?$/, "");
  return (
    <div className="layout">
      <main className="content">
        <div className="page-head">
          <h1 className="page-title">{viewer ? TEXT.member : TEXT.guest}</h1>
        </div>
        <p className="page-description">{viewer && !showAll ? TEXT.memberIntro : TEXT.guestIntro}</p>
        {viewer ? (
          <div className="list-tools">
            <nav aria-label={TEXT.tabs} className="tabs">
              <Link href={WHATS_NEW_PATH} aria-current={!showAll ? "page" : undefined} className="tabs__tab">
                {TEXT.unreadTab}
              </Link>
              <Link href={allHref()} aria-current={showAll ? "page" : undefined} className="tabs__tab">
                {TEXT.allTab}
              </Link>
            </nav>
            <MarkReadForm />
          </div>
        ) : null}
        {threads.length === 0 && viewer && !showAll ? <p className="empty">{TEXT.noneUnread}</p> : <ThreadList threads={await withViewCounts(threads)} />}
        {showAll && (before || next) ? (
          <nav className="pagination" aria-label={TEXT.pages}>
            <ul>
              {before ? (
                <li>
                  <Link href={allHref()}>{TEXT.newest}</Link>
                </li>
              ) : null}
              {next ? (
                <li>
                  <Link href={allHref(formatActivityKey(next))} rel="next">
                    {TEXT.older}
                  </Link>
                </li>
              ) : null}
            </ul>
          </nav>
        ) : null}
      </main>
    </div>
  );
}
