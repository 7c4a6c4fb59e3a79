// The thread page (first page of replies): mirrors the source forum's article thread.
import type { Metadata } from "next";
import { ThreadView } from "@/components/thread/thread-view";
import { loadThreadForRoute, parseQuoteParam } from "@/lib/forum/load-thread-route";
import { threadMetadata } from "./thread-metadata";

type Props = { params: Promise<{ slugId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return threadMetadata(await loadThreadForRoute((await params).slugId), 1);
}

export default async function ThreadPage({ params, searchParams }: Props) {
  const thread = await loadThreadForRoute((await params).slugId);
  return <ThreadView thread={thread} page={1} quotePostId={parseQuoteParam((await searchParams).quote)} />;
}
