// "Gửi tin nhắn" on a member's profile: a plain link to the start form with
// the member filled in (the form decides, with the reason, who may write to whom).
import Link from "next/link";
import { localized, translator } from "@/lib/i18n/server";

export async function MessageMemberLink({ username }: { username: string }) {
  const t = await translator();
  return (
    <Link href={localized(`/conversations/new?to=${encodeURIComponent(username)}`)} className="button button--small" data-testid="message-member">
      {t("conversations.messageMember")}
    </Link>
  );
}
