// The guests' forum index, served from the server cache. Guests never see
// this address: a rewrite in next.config.mjs sends "/" here (as
// /guest-view/forum-index/all) for requests without a session cookie. A
// dynamic segment with no static params, like the guests' thread pages, so
// nothing is rendered at build time (the build has no database): the first
// request renders it. Expired by every thread change (THREAD_LISTS_TAG,
// lib/next/expire.ts); at most 30 s old otherwise.
import { notFound } from "next/navigation";
import { ForumIndexView } from "@/components/lists/forum-index-view";

export const revalidate = 30;

export function generateStaticParams(): { variant: string }[] {
  return [];
}

export default async function GuestForumIndex({ params }: { params: Promise<{ variant: string }> }) {
  if ((await params).variant !== "all") notFound();
  return <ForumIndexView viewer={null} />;
}
