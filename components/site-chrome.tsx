// What surrounds every page's content: the header and the strip of session
// notices under it. Two variants, because the root layout must not read the
// session (a layout that reads cookies makes every page under it render per
// request, and guests' thread pages are served from a cache):
// - MemberChrome reads the session: the account menu, notices about the
//   session. Every section's layout uses it (app/(forum), (auth), account,
//   mod, notifications, posts, and the 404 page).
// - GuestChrome reads nothing: log-in and register links. Used only by the
//   guests' cached pages (app/guest-view), which the rewrites in next.config.mjs serve to browsers
//   without a session cookie.
import { SiteHeader } from "@/components/site-header";
import { AccountLinks, GuestAccountLinks } from "@/components/account-links";
import { SessionNotices } from "@/components/account/session-notices";
import { SiteNotice } from "@/components/site-notice";
import { MemberLocaleRedirect } from "@/components/i18n/member-locale-redirect";

export function MemberChrome({ children }: { children: React.ReactNode }) {
  return (
    <>
      {/* A member who chose a language is sent to its pages (issue 17). */}
      <MemberLocaleRedirect />
      <SiteHeader accountSlot={<AccountLinks />} />
      <SiteNotice />
      <div className="page" id="main">
        <SessionNotices />
        {children}
      </div>
    </>
  );
}

export function GuestChrome({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader accountSlot={<GuestAccountLinks />} />
      <SiteNotice />
      <div className="page" id="main">
        {children}
      </div>
    </>
  );
}
