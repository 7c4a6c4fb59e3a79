// The 404 page for addresses that match no route, and for sections without a
// 404 of their own. Next.js renders this component into every page (ready
// for a notFound() further down), the guests' cached pages too, so it must
// not read the session: its header has no account menu. Sections whose
// layout has the full header keep it on their 404s with their own
// not-found.tsx (app/(forum), app/posts).
import { SiteHeader } from "@/components/site-header";
import { NotFoundMessage } from "@/components/not-found-message";

export default function NotFound() {
  return (
    <>
      <SiteHeader accountSlot={null} />
      <div className="page" id="main">
        <NotFoundMessage />
      </div>
    </>
  );
}
