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
import { localized, translator } from "@/lib/i18n/server";

/** What a guest gets; reads nothing, so cached pages can show it. */
export async function GuestAccountLinks() {
  const t = await translator();
  return (
    <ul className="account-links">
      <li>
        <Link href={localized("/login")}>{t("nav.logIn")}</Link>
      </li>
      <li>
        <Link href={localized("/register")} className="button button--small">
          {t("nav.register")}
        </Link>
      </li>
    </ul>
  );
}

export async function AccountLinks() {
  const viewer = await getViewer();
  if (!viewer) return <GuestAccountLinks />;
  const unread = await countUnread(viewer);
  const t = await translator();
  return (
    <>
    <ConversationsLink viewer={viewer} />
    <details className="account-menu">
      <summary className="account-menu__summary" data-testid="account-menu">
        <Avatar user={viewer} size="s" />
        <span className="account-menu__name">{viewer.displayName}</span>
        <RoleBadge role={viewer.role} />
        {/* Live with JavaScript (components/alerts/live-alert-count.tsx); the server's count without. */}
        <LiveAlertBadge initial={unread} labels={{ one: t.raw("posts.alertsUnreadOne") as string, other: t.raw("posts.alertsUnreadOther") as string }} />
      </summary>
      <ul className="account-menu__list">
        <li>
          <Link href={localized(memberPath(viewer))}>{t("nav.profile")}</Link>
        </li>
        <li>
          <Link href={localized("/notifications")}>
            <LiveAlertLabel initial={unread} label={t("nav.notifications")} />
          </Link>
        </li>
        <li>
          <Link href={localized("/account")}>{t("nav.accountSettings")}</Link>
        </li>
        {canModerate(viewer) ? (
          <li>
            <Link href={localized("/mod")}>{t("nav.moderation")}</Link>
          </li>
        ) : null}
        <li>
          <form action={logOut}>
            <button type="submit" className="account-menu__logout">
              {t("nav.logOut")}
            </button>
          </form>
        </li>
      </ul>
    </details>
    </>
  );
}
