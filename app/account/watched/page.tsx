// /account/watched: the threads and categories a member watches, with
// "Bỏ theo dõi" for each and for all those ticked (a plain form).
import type { Metadata } from "next";
import Link from "next/link";
import { listWatched } from "@/lib/alerts/watch";
import { requireViewer } from "@/lib/next/session";
import { formatDateTime } from "@/lib/format";
import { categoryPath, threadPath } from "@/lib/urls";
import { BulkUnwatchForm } from "./bulk-unwatch-form";

const TEXT = {
  title: "Đang theo dõi",
  threads: "Chủ đề",
  categories: "Chuyên mục",
  none: "Bạn chưa theo dõi chủ đề hay chuyên mục nào. Bấm «Theo dõi» trên một chủ đề để nhận thông báo khi có phản hồi mới.",
  lastPost: "Bài mới nhất",
  settings: "Cài đặt thông báo",
} as const;

export const metadata: Metadata = { title: TEXT.title, robots: { index: false } };

export default async function WatchedPage() {
  const viewer = await requireViewer("/account/watched");
  const { threads, categories } = await listWatched(viewer);
  const items = [
    ...threads.map((t) => ({ value: `thread:${t.id}`, group: TEXT.threads, label: <Link href={threadPath(t)}>{t.title}</Link>, meta: `${TEXT.lastPost}: ${formatDateTime(t.lastPostAt)}` })),
    ...categories.map((c) => ({ value: `category:${c.id}`, group: TEXT.categories, label: <Link href={categoryPath(c)}>{c.name}</Link>, meta: TEXT.categories })),
  ];
  return (
    <main className="content content--narrow">
      <h1 className="page-title">{TEXT.title}</h1>
      <p>
        <Link href="/account/notifications">{TEXT.settings}</Link>
      </p>
      {/* Rendered when empty too: the confirmation of the last unwatch lives in the form. */}
      <BulkUnwatchForm items={items} empty={TEXT.none} />
    </main>
  );
}
