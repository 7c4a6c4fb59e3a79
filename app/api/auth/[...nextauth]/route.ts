// next-auth's endpoints: OAuth redirects and callbacks, sign-out, CSRF.
import type { NextRequest } from "next/server";
import { handlers } from "@/lib/next/auth";

/**
 * The URL of a route handler's NextRequest is not always the one the browser
 * used: Next.js rewrites loopback hosts (127.0.0.1, [::1]) to "localhost".
 * next-auth builds its redirects and cookies from that URL, so a browser on
 * http://127.0.0.1 would get its session cookie for one host and be sent to
 * another. The origin is rebuilt from the Host / X-Forwarded-* headers (Next.js
 * fills them in; a reverse proxy sets them), as next-auth's server actions
 * already do, and handed over in a plain Request (a NextRequest would turn
 * the loopback host into "localhost" again).
 *
 * With AUTH_URL set, next-auth replaces the origin itself, from
 * `request.nextUrl` — which a plain Request lacks: every endpoint answered
 * 500 ("Cannot destructure property 'href' of 'e.nextUrl'"). Then the
 * request goes to next-auth as it came; the origin is AUTH_URL's anyway.
 */
function withBrowserOrigin(request: NextRequest): Request {
  if (process.env.AUTH_URL || process.env.NEXTAUTH_URL) return request;
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  if (!host || !/^[A-Za-z0-9.\-:[\]]+$/.test(host) || !/^https?$/.test(proto)) return request;
  const url = new URL(request.url);
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  return new Request(`${proto}://${host}${url.pathname}${url.search}`, {
    method: request.method,
    headers: request.headers,
    body: hasBody ? request.body : undefined,
    ...(hasBody ? { duplex: "half" } : {}),
  } as RequestInit);
}

export async function GET(request: NextRequest) {
  return handlers.GET(withBrowserOrigin(request) as NextRequest);
}

export async function POST(request: NextRequest) {
  return handlers.POST(withBrowserOrigin(request) as NextRequest);
}
