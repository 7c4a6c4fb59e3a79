// /members/<username>/threads/page-N (N ≥ 2).
import type { Metadata } from "next";
import { MemberThreadsView, memberThreadsTitle } from "@/components/members/member-threads-view";
import { localized } from "@/lib/i18n/server";
import { memberThreadsPath } from "@/lib/members/member-threads-path";
import { resolveMemberThreadsPage } from "@/lib/next/load-member-threads-route";
import { getViewer } from "@/lib/next/session";

type Params = Promise<{ username: string; pageSegment: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { username, pageSegment } = await params;
  const { member, page } = await resolveMemberThreadsPage(username, pageSegment);
  return { title: await memberThreadsTitle(member, page), alternates: { canonical: localized(memberThreadsPath(member, page)) } };
}

export default async function MemberThreadsLaterPage({ params }: { params: Params }) {
  const { username, pageSegment } = await params;
  const { member, page, threadCount } = await resolveMemberThreadsPage(username, pageSegment);
  return <MemberThreadsView member={member} page={page} threadCount={threadCount} viewer={await getViewer()} />;
}
