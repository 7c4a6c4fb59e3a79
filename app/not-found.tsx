// The 404 page for every section but the guests' cached pages (which have
// their own, app/guest-view/not-found.tsx: this one reads the session for the
// header).
import { MemberChrome } from "@/components/site-chrome";
import { NotFoundMessage } from "@/components/not-found-message";

export default function NotFound() {
  return (
    <MemberChrome>
      <NotFoundMessage />
    </MemberChrome>
  );
}
