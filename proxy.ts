// Sends guests to the cached copy of a thread page. A GET or HEAD of a thread
// page (/threads/<slug>.<id>, /threads/<slug>.<id>/page-N) from a browser
// without a session cookie is rewritten, invisibly, to the same path under
// /guest-view, a route Next.js renders once and then serves from its cache
// (app/guest-view). Everyone else — members, posts of forms, feeds — goes to
// the page rendered per request. /guest-view itself is never a public address.
import { NextResponse, type NextRequest } from "next/server";
import { hasSessionCookie } from "@/lib/session-cookie";

const GUEST_PREFIX = "/guest-view";
const THREAD_PAGE = /^\/threads\/[^/]+(?:\/page-\d+)?\/?$/;

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname === GUEST_PREFIX || pathname.startsWith(`${GUEST_PREFIX}/`)) {
    const url = request.nextUrl.clone();
    url.pathname = pathname.slice(GUEST_PREFIX.length) || "/";
    return NextResponse.redirect(url, 308);
  }
  if ((request.method === "GET" || request.method === "HEAD") && THREAD_PAGE.test(pathname)) {
    if (!hasSessionCookie(request.cookies.getAll().map((c) => c.name))) {
      return NextResponse.rewrite(new URL(`${GUEST_PREFIX}${pathname}${search}`, request.url));
    }
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/threads/:path*", "/guest-view/:path*"],
};
