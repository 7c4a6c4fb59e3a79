// Later pages of a thread, /threads/<slug>.<id>/page-N, for members (guests:
// see ../page.tsx).
import type { Metadata } from "next";
import { MemberThreadPage } from "@/components/thread/member-thread-page";
import { parseQuoteParam, resolveThreadPage } from "@/lib/next/load-thread-route";
import { getViewer } from "@/lib/next/session";
import { threadMetadata } from "../thread-metadata";

type Props = {
  params: Promise<{ slugId: string; pageSegment: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slugId, pageSegment } = await params;
  const { thread, page } = await resolveThreadPage(await getViewer(), slugId, pageSegment);
  return threadMetadata(thread, page);
}

export default async function ThreadPageN({ params, searchParams }: Props) {
  const { slugId, pageSegment } = await params;
  const { thread, page } = await resolveThreadPage(await getViewer(), slugId, pageSegment);
  const query = await searchParams;
  return <MemberThreadPage thread={thread} page={page} quotePostId={parseQuoteParam(query.quote)} done={query.done} />;
}
