// /members/<username>/threads/page-N (N ≥ 2).
import type { Metadata } from "next";
import { MEMBER_THREADS_TEXT, MemberThreadsView } from "@/components/members/member-threads-view";
import { memberThreadsPath } from "@/lib/members/member-threads-path";
import { resolveMemberThreadsPage } from "@/lib/next/load-member-threads-route";
import { getViewer } from "@/lib/next/session";

type Params = Promise<{ username: string; pageSegment: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { username, pageSegment } = await params;
  const { member, page } = await resolveMemberThreadsPage(username, pageSegment);
  return { title: `${MEMBER_THREADS_TEXT.title(member.displayName)} · ${MEMBER_THREADS_TEXT.page(page)}`, alternates: { canonical: memberThreadsPath(member, page) } };
}

export default async function MemberThreadsLaterPage({ params }: { params: Params }) {
  const { username, pageSegment } = await params;
  const { member, page, threadCount } = await resolveMemberThreadsPage(username, pageSegment);
  return <MemberThreadsView member={member} page={page} threadCount={threadCount} viewer={await getViewer()} />;
}
