// On a profile: the way to all the threads the member started, page by page.
import Link from "next/link";
import { memberThreadsPath } from "@/lib/members/member-threads-path";

const TEXT = { threads: "Xem các chủ đề đã mở ›" } as const;

export function MemberThreadsLink({ member }: { member: { username: string } }) {
  return (
    <p className="block__more">
      <Link href={memberThreadsPath(member)} data-testid="member-threads-link">
        {TEXT.threads}
      </Link>
    </p>
  );
}
