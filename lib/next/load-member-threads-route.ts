// Resolves /members/<username>/threads[/page-N] to the member and page, like a
// category's pages (lib/next/load-category-route.ts): an unknown member or a
// malformed page 404s, page-1 and pages past the end redirect to the canonical
// page, and ?page=N (the page jump without JavaScript) redirects to /page-N,
// each in the page's language (/en/… stays English).
import "server-only";
import { notFound, redirect } from "next/navigation";
import { parsePageSegment } from "@/lib/forum/category-pages";
import { getMemberProfile } from "@/lib/members/read-member-profile";
import { countMemberThreads, memberThreadPageCount } from "@/lib/members/member-threads";
import { memberThreadsPath } from "@/lib/members/member-threads-path";
import { localized } from "@/lib/i18n/server";

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export async function resolveMemberThreadsPage(usernameSegment: string, pageSegment?: string, asked?: string | string[]) {
  const member = await getMemberProfile(decode(usernameSegment));
  if (!member) notFound();
  const threadCount = await countMemberThreads(member.id);
  const last = memberThreadPageCount(threadCount);
  if (pageSegment === undefined) {
    if (asked !== undefined) {
      const n = Math.trunc(Number(Array.isArray(asked) ? asked[0] : asked));
      redirect(localized(memberThreadsPath(member, Number.isFinite(n) ? Math.min(Math.max(n, 1), last) : 1)));
    }
    return { member, page: 1, threadCount };
  }
  if (pageSegment === "page-1") redirect(localized(memberThreadsPath(member)));
  const page = parsePageSegment(pageSegment);
  if (page === null) notFound();
  if (page > last) redirect(localized(memberThreadsPath(member, last)));
  return { member, page, threadCount };
}
