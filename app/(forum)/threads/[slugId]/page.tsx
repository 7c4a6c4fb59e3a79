// The thread page (first page of replies) for members: rendered per request
// around cached data. Guests are sent to the cached copy instead
// (a rewrite in next.config.mjs → app/guest-view/threads/[slugId]); one who lands here anyway
// gets the same page, only not from the cache.
import type { Metadata } from "next";
import { MemberThreadPage } from "@/components/thread/member-thread-page";
import { parseQuoteParam, resolveThreadPage } from "@/lib/next/load-thread-route";
import { getViewer } from "@/lib/next/session";
import { threadMetadata } from "./thread-metadata";

type Props = { params: Promise<{ slugId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { thread, page } = await resolveThreadPage(await getViewer(), (await params).slugId);
  return threadMetadata(thread, page);
}

export default async function ThreadPage({ params, searchParams }: Props) {
  const { thread, page } = await resolveThreadPage(await getViewer(), (await params).slugId);
  const query = await searchParams;
  return <MemberThreadPage thread={thread} page={page} quotePostId={parseQuoteParam(query.quote)} done={query.done} />;
}
