// /account/watched: the threads and categories a member watches, with
// "Bỏ theo dõi" for each and for all those ticked (a plain form).
import type { Metadata } from "next";
import Link from "next/link";
import { listWatched } from "@/lib/alerts/watch";
import { localized, translator } from "@/lib/i18n/server";
import { requireViewer } from "@/lib/next/session";
import { formatDateTime } from "@/lib/format";
import { categoryPath, threadPath } from "@/lib/urls";
import { BulkUnwatchForm } from "./bulk-unwatch-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator();
  return { title: t("account.watchedTitle"), robots: { index: false } };
}

export default async function WatchedPage() {
  const viewer = await requireViewer("/account/watched");
  const { threads, categories } = await listWatched(viewer);
  const t = await translator();
  const items = [
    ...threads.map((th) => ({
      value: `thread:${th.id}`,
      group: t("account.watchedThreads"),
      label: <Link href={localized(threadPath(th))}>{th.title}</Link>,
      meta: t("account.watchedLastPost", { date: formatDateTime(th.lastPostAt) }),
      pick: t("account.watchedPick", { item: `thread:${th.id}` }),
    })),
    ...categories.map((c) => ({
      value: `category:${c.id}`,
      group: t("account.watchedCategories"),
      label: <Link href={localized(categoryPath(c))}>{c.name}</Link>,
      meta: t("account.watchedCategories"),
      pick: t("account.watchedPick", { item: `category:${c.id}` }),
    })),
  ];
  return (
    <main className="content content--narrow">
      <h1 className="page-title">{t("account.watchedTitle")}</h1>
      <p>
        <Link href={localized("/account/notifications")}>{t("account.alertSettingsTitle")}</Link>
      </p>
      {/* Rendered when empty too: the confirmation of the last unwatch lives in the form. */}
      <BulkUnwatchForm
        items={items}
        empty={t("account.watchedNone")}
        text={{ unwatch: t("account.watchedUnwatch"), unwatchChosen: t("account.watchedUnwatchChosen"), pending: t("account.sending") }}
      />
    </main>
  );
}
