// Later pages of a thread: /threads/<slug>.<id>/page-N.
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ThreadView } from "@/components/thread/thread-view";
import { loadThreadForRoute, parsePageSegment, parseQuoteParam } from "@/lib/forum/load-thread-route";
import { pageCount } from "@/lib/forum/read-thread";
import { threadPath } from "@/lib/urls";
import { threadMetadata } from "../thread-metadata";

type Props = {
  params: Promise<{ slugId: string; pageSegment: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function resolve(params: Props["params"]) {
  const { slugId, pageSegment } = await params;
  const page = parsePageSegment(pageSegment);
  if (page === null) notFound();
  const thread = await loadThreadForRoute(slugId, page);
  // page-1 has one canonical address; pages past the end go to the last one.
  if (page === 1) redirect(threadPath(thread));
  const last = pageCount(thread);
  if (page > last) redirect(threadPath(thread, last));
  return { thread, page };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { thread, page } = await resolve(params);
  return threadMetadata(thread, page);
}

export default async function ThreadPageN({ params, searchParams }: Props) {
  const { thread, page } = await resolve(params);
  return <ThreadView thread={thread} page={page} quotePostId={parseQuoteParam((await searchParams).quote)} />;
}
