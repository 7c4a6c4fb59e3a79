// "Gửi tin nhắn" on a member's profile: a plain link to the start form with
// the member filled in (the form decides, with the reason, who may write to whom).
import Link from "next/link";

export function MessageMemberLink({ username }: { username: string }) {
  return (
    <Link href={`/conversations/new?to=${encodeURIComponent(username)}`} className="button button--small" data-testid="message-member">
      Gửi tin nhắn
    </Link>
  );
}
