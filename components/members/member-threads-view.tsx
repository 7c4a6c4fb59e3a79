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
import { translator } from "@/lib/i18n/server";
import { listMemberThreadsPage, memberThreadPageCount } from "@/lib/members/member-threads";
import { memberThreadsPath } from "@/lib/members/member-threads-path";
import type { Viewer } from "@/lib/permissions";
import { memberPath } from "@/lib/urls";
import { withViewCounts } from "@/lib/views/read-view-counts";

type Member = { id: number; username: string; displayName: string };

/** The page's <title>: "Chủ đề của <name>", with " · Trang N" past page 1. */
export async function memberThreadsTitle(member: { displayName: string }, page = 1): Promise<string> {
  const t = await translator();
  return page > 1 ? t("members.threadsTitlePage", { name: member.displayName, page }) : t("members.threadsTitle", { name: member.displayName });
}

export async function MemberThreadsView({ member, page, threadCount, viewer }: { member: Member; page: number; threadCount: number; viewer: Viewer | null }) {
  const total = memberThreadPageCount(threadCount);
  const threads = await withViewCounts(await withRowFacts(viewer, await listMemberThreadsPage(member.id, page)));
  const t = await translator();
  const pager = (where: "top" | "bottom") => (
    <div className="list-pager">
      <Pagination current={page} total={total} hrefFor={(p) => memberThreadsPath(member, p)} label={where === "top" ? t("members.threadPagesTop") : t("members.threadPagesBottom")} />
      <PageJump action={memberThreadsPath(member)} total={total} current={page} id={`page-jump-${where}`} />
    </div>
  );
  return (
    <main className="content">
      <Breadcrumb
        items={[
          { href: "/", label: t("members.forum") },
          { href: "/members", label: t("members.title") },
          { href: memberPath(member), label: member.displayName },
        ]}
      />
      <div className="page-head">
        <h1 className="page-title">
          {t("members.threadsTitle", { name: member.displayName })}
          {page > 1 ? <span className="page-title__page"> · {t("members.page", { page })}</span> : null}
        </h1>
      </div>
      <p className="page-description" data-testid="member-thread-count">
        {t("members.threadCount", { count: threadCount, n: formatNumber(threadCount) })}
      </p>
      {threadCount === 0 ? (
        <p className="empty">{t("members.threadsEmpty")}</p>
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
