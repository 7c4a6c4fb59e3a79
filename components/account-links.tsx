// Account area of the header. Guests get the log-in and register links;
// members get their name with a menu (profile, account, log out). The menu is a
// <details> element, so it opens without JavaScript, and logging out is a POST
// form (a link could be triggered by any page embedding it).
import Link from "next/link";
import { logOut } from "@/actions/accounts";
import { Avatar } from "@/components/avatar";
import { RoleBadge } from "@/components/role-badge";
import { getViewer } from "@/lib/next/session";
import { countUnread } from "@/lib/forum/notifications";
import { canModerate } from "@/lib/permissions";
import { memberPath } from "@/lib/urls";
import { ConversationsLink } from "@/components/conversations/conversations-link";
import { LiveAlertBadge, LiveAlertLabel } from "@/components/alerts/live-alert-count";

/** What a guest gets; reads nothing, so cached pages can show it. */
export function GuestAccountLinks() {
  return (
    <ul className="account-links">
      <li>
        <Link href="/login">Đăng nhập</Link>
      </li>
      <li>
        <Link href="/register" className="button button--small">
          Đăng ký
        </Link>
      </li>
    </ul>
  );
}

export async function AccountLinks() {
  const viewer = await getViewer();
  if (!viewer) return <GuestAccountLinks />;
  const unread = await countUnread(viewer);
  return (
    <>
    <ConversationsLink viewer={viewer} />
    <details className="account-menu">
      <summary className="account-menu__summary" data-testid="account-menu">
        <Avatar user={viewer} size="s" />
        <span className="account-menu__name">{viewer.displayName}</span>
        <RoleBadge role={viewer.role} />
        {/* Live with JavaScript (components/alerts/live-alert-count.tsx); the server's count without. */}
        <LiveAlertBadge initial={unread} />
      </summary>
      <ul className="account-menu__list">
        <li>
          <Link href={memberPath(viewer)}>Trang cá nhân</Link>
        </li>
        <li>
          <Link href="/notifications">
            <LiveAlertLabel initial={unread} label="Thông báo" />
          </Link>
        </li>
        <li>
          <Link href="/account">Tài khoản</Link>
        </li>
        {canModerate(viewer) ? (
          <li>
            <Link href="/mod">Điều hành</Link>
          </li>
        ) : null}
        <li>
          <form action={logOut}>
            <button type="submit" className="account-menu__logout">
              Đăng xuất
            </button>
          </form>
        </li>
      </ul>
    </details>
    </>
  );
}
