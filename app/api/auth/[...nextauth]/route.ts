// next-auth's endpoints: OAuth redirects and callbacks, sign-out, CSRF.
import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";

/**
 * The URL of a route handler's NextRequest is not always the one the browser
 * used: Next.js rewrites loopback hosts (127.0.0.1, [::1]) to "localhost".
 * next-auth builds its redirects and cookies from that URL, so a browser on
 * http://127.0.0.1 would get its session cookie for one host and be sent to
 * another. The origin is rebuilt from the Host / X-Forwarded-* headers (Next.js
 * fills them in; a reverse proxy sets them), as next-auth's server actions
 * already do. It must be handed over as a NextRequest: next-auth reads
 * `request.nextUrl` (a plain Request has none, and every endpoint answered
 * 500). AUTH_URL, when set, still wins (next-auth applies it afterwards).
 */
function withBrowserOrigin(request: NextRequest): NextRequest {
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  if (!host || !/^[A-Za-z0-9.\-:[\]]+$/.test(host) || !/^https?$/.test(proto)) return request;
  const url = new URL(request.url);
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  return new NextRequest(`${proto}://${host}${url.pathname}${url.search}`, {
    method: request.method,
    headers: request.headers,
    body: hasBody ? request.body : undefined,
    ...(hasBody ? { duplex: "half" } : {}),
  } as ConstructorParameters<typeof NextRequest>[1]);
}

export async function GET(request: NextRequest) {
  return handlers.GET(withBrowserOrigin(request));
}

export async function POST(request: NextRequest) {
  return handlers.POST(withBrowserOrigin(request));
}
