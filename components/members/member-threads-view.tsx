// A member's threads (/members/<username>/threads[/page-N]): XenForo's
// "Chủ đề của …" with page links and "Đến trang" over and under the list,
// rows as in a category (starter, replies, views, last poster), unread marks
// for a member. Rendered per request; plain links and a GET form.
import { Breadcrumb } from "@/components/breadcrumb";
import { Pagination } from "@/components/thread/pagination";
import { ThreadList } from "@/components/lists/thread-list";
import { PageJump } from "@/components/lists/page-jump";
import { formatNumber } from "@/lib/format";
import { withRowFacts } from "@/lib/forum/thread-rows";
import { listMemberThreadsPage, memberThreadPageCount } from "@/lib/members/member-threads";
import { memberThreadsPath } from "@/lib/members/member-threads-path";
import type { Viewer } from "@/lib/permissions";
import { memberPath } from "@/lib/urls";
import { withViewCounts } from "@/lib/views/read-view-counts";

export const MEMBER_THREADS_TEXT = {
  forum: "Diễn đàn",
  members: "Thành viên",
  title: (name: string) => `Chủ đề của ${name}`,
  page: (n: number) => `Trang ${n}`,
  count: (n: string) => `${n} chủ đề`,
  empty: "Thành viên này chưa mở chủ đề nào.",
  pagesTop: "Các trang chủ đề của thành viên (đầu danh sách)",
  pagesBottom: "Các trang chủ đề của thành viên (cuối danh sách)",
} as const;
const TEXT = MEMBER_THREADS_TEXT;

type Member = { id: number; username: string; displayName: string };

export async function MemberThreadsView({ member, page, threadCount, viewer }: { member: Member; page: number; threadCount: number; viewer: Viewer | null }) {
  const total = memberThreadPageCount(threadCount);
  const threads = await withViewCounts(await withRowFacts(viewer, await listMemberThreadsPage(member.id, page)));
  const pager = (where: "top" | "bottom") => (
    <div className="list-pager">
      <Pagination current={page} total={total} hrefFor={(p) => memberThreadsPath(member, p)} label={where === "top" ? TEXT.pagesTop : TEXT.pagesBottom} />
      <PageJump action={memberThreadsPath(member)} total={total} current={page} id={`page-jump-${where}`} />
    </div>
  );
  return (
    <main className="content">
      <Breadcrumb
        items={[
          { href: "/", label: TEXT.forum },
          { href: "/members", label: TEXT.members },
          { href: memberPath(member), label: member.displayName },
        ]}
      />
      <div className="page-head">
        <h1 className="page-title">
          {TEXT.title(member.displayName)}
          {page > 1 ? <span className="page-title__page"> · {TEXT.page(page)}</span> : null}
        </h1>
      </div>
      <p className="page-description" data-testid="member-thread-count">
        {TEXT.count(formatNumber(threadCount))}
      </p>
      {threadCount === 0 ? (
        <p className="empty">{TEXT.empty}</p>
      ) : (
        <>
          {pager("top")}
          <ThreadList threads={threads} />
          {pager("bottom")}
        </>
      )}
    </main>
  );
}
