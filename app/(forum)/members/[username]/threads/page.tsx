// /members/<username>/threads: page 1 of the member's threads; ?page=N (the
// page jump without JavaScript) redirects to /page-N.
import type { Metadata } from "next";
import { MemberThreadsView, memberThreadsTitle } from "@/components/members/member-threads-view";
import { resolveMemberThreadsPage } from "@/lib/next/load-member-threads-route";
import { getViewer } from "@/lib/next/session";

type Params = Promise<{ username: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { member } = await resolveMemberThreadsPage((await params).username);
  return { title: await memberThreadsTitle(member) };
}

export default async function MemberThreadsPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { member, page, threadCount } = await resolveMemberThreadsPage((await params).username, undefined, (await searchParams).page);
  return <MemberThreadsView member={member} page={page} threadCount={threadCount} viewer={await getViewer()} />;
}
