// On a profile: the way to all the threads the member started, page by page.
import Link from "next/link";
import { localized, translator } from "@/lib/i18n/server";
import { memberThreadsPath } from "@/lib/members/member-threads-path";

export async function MemberThreadsLink({ member }: { member: { username: string } }) {
  const t = await translator();
  return (
    <p className="block__more">
      <Link href={localized(memberThreadsPath(member))} data-testid="member-threads-link">
        {t("members.threadsLink")}
      </Link>
    </p>
  );
}
