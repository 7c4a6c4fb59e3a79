// "Bài mới" (members: threads with posts they have not read; "Tất cả" for
// everything by date) and "Có gì mới" (guests: threads by latest activity),
// reachable from the header. Paged by key (?before=…); plain links and forms.
import type { Metadata } from "next";
import Link from "next/link";
import { MarkReadForm } from "@/components/lists/mark-read-form";
import { ThreadList } from "@/components/lists/thread-list";
import { formatActivityKey, listRecentActivity, listUnreadThreads, parseActivityKey } from "@/lib/forum/whats-new";
import { UNREAD_WINDOW_DAYS } from "@/lib/forum/unread";
import { localized, translator } from "@/lib/i18n/server";
import { getViewer } from "@/lib/next/session";
import { WHATS_NEW_PATH } from "@/lib/urls";
import { withViewCounts } from "@/lib/views/read-view-counts";

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator();
  return { title: t("lists.whatsNewTitle") };
}

type Search = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function WhatsNewPage({ searchParams }: { searchParams: Search }) {
  const q = await searchParams;
  const [viewer, t] = await Promise.all([getViewer(), translator()]);
  const showAll = !viewer || one(q.show) === "all";
  const before = parseActivityKey(one(q.before));
  const { threads, next } = showAll ? await listRecentActivity(viewer, before) : { threads: await listUnreadThreads(viewer), next: null };
  const allHref = (key?: string) => localized(`${WHATS_NEW_PATH}?${new URLSearchParams({ ...(viewer ? { show: "all" } : {}), ...(key ? { before: key } : {}) })}`.replace(/\?$/, ""));
  return (
    <div className="layout">
      <main className="content">
        <div className="page-head">
          <h1 className="page-title">{viewer ? t("lists.whatsNewMember") : t("lists.whatsNewGuest")}</h1>
        </div>
        <p className="page-description">{viewer && !showAll ? t("lists.whatsNewMemberIntro", { days: UNREAD_WINDOW_DAYS }) : t("lists.whatsNewGuestIntro")}</p>
        {viewer ? (
          <div className="list-tools">
            <nav aria-label={t("lists.whatsNewTabs")} className="tabs">
              <Link href={localized(WHATS_NEW_PATH)} aria-current={!showAll ? "page" : undefined} className="tabs__tab">
                {t("lists.whatsNewUnreadTab")}
              </Link>
              <Link href={allHref()} aria-current={showAll ? "page" : undefined} className="tabs__tab">
                {t("lists.whatsNewAllTab")}
              </Link>
            </nav>
            <MarkReadForm />
          </div>
        ) : null}
        {threads.length === 0 && viewer && !showAll ? <p className="empty">{t("lists.whatsNewNoneUnread")}</p> : <ThreadList threads={await withViewCounts(threads)} />}
        {showAll && (before || next) ? (
          <nav className="pagination" aria-label={t("lists.whatsNewPages")}>
            <ul>
              {before ? (
                <li>
                  <Link href={allHref()}>{t("lists.whatsNewNewest")}</Link>
                </li>
              ) : null}
              {next ? (
                <li>
                  <Link href={allHref(formatActivityKey(next))} rel="next">
                    {t("lists.whatsNewOlder")}
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
