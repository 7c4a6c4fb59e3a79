// The request gate: a few checks in front of Next.js's request handler, run by
// the forum's server (scripts/serve.ts) on every request.
//
// 1. The client's address. `next start` passes a client-sent X-Forwarded-For
//    through, so anyone could pick the address the rate limits count. Unless
//    a reverse proxy is configured (TRUST_PROXY=1), the gate replaces that
//    header with the socket's address, drops X-Real-IP and X-Forwarded-Port,
//    and states X-Forwarded-Host/-Proto from the request itself (its Host,
//    the socket's TLS), so next-auth builds its URLs from the truth.
// 2. Hardening headers on every response, and none of Next.js's x-nextjs-*.
// 3. Bodies Next.js would answer with a 500: too large (refused from
//    Content-Length before reading), malformed multipart, too many fields,
//    arguments nested too deep. And form posts from other sites (CSRF): a
//    server action is a public endpoint, and Next.js's own origin check
//    answers 500, not 403.
// 4. The database unreachable (lib/db/availability.ts): every request but
//    the static assets gets the 503 "temporarily unavailable" page at once,
//    instead of a page failing with a 500, until the database answers again.
// 5. The guest fast path (lib/fast-path/guest-fast-path.ts), when given: a
//    guest's thread page whose cached copy is current is answered before any
//    of the above is set up (its copy carries the headers Next.js's answer
//    had, hardening headers included); while the database is down it stays
//    out of the way like everything else.
// Each refusal is a 4xx with a short Vietnamese message, as a small HTML
// page for browsers and plain text for scripts.
import { IncomingMessage, type ServerResponse } from "node:http";
import { databaseDownSince } from "@/lib/db/availability";
import { RETRY_AFTER_SECONDS, unavailablePage } from "@/lib/db/unavailable-page";
import { inspectBody, type BodyProblem } from "./inspect-body";
import { isFrameworkHeader, securityHeaders, withSecureFlag, type HeaderConfig } from "./security-headers";
import type { GuestFastPath } from "@/lib/fast-path/guest-fast-path";
import { localeOfRequest } from "@/lib/i18n/locale-handler";
import { localeHref } from "@/lib/i18n/locales";
import { currentLocale, requestLocaleStorage } from "@/lib/i18n/request-locale";
import { t } from "@/lib/i18n/text";

/** Next.js's own limit for server-action bodies (1 MB); nothing the forum sends is larger. */
export const MAX_BODY_BYTES = 1024 * 1024;

export type GateConfig = HeaderConfig & {
  trustProxy: boolean;
  /** Public origins the forum answers on (SITE_URL, AUTH_URL): a form from them is ours. */
  siteOrigins: string[];
  maxBodyBytes?: number;
  /** Multipart bodies (post forms with pictures): UPLOAD_MAX_REQUEST_MB, the same as next.config.mjs's server-action limit. */
  maxUploadBodyBytes?: number;
  /**
   * Tests only (EXPOSE_CACHE_STATUS=1, set by the Playwright server): pass
   * Next.js's x-nextjs-cache on as x-cache-status, so journeys can tell a
   * cached page from a fresh render. Never set in production.
   */
  exposeCacheStatus?: boolean;
};

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** Headers only a proxy in front of us may set; from a client they are lies. */
const PROXY_HEADERS = ["x-real-ip", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"];

export function createGate(config: GateConfig, handle: Handler, fastPath?: GuestFastPath): Handler {
  const headers = securityHeaders(config);
  const maxBody = config.maxBodyBytes ?? MAX_BODY_BYTES;
  const toNext: Handler = fastPath ? (req, res) => fastPath.capture(req, res, handle) : handle;
  const gated: Handler = (req, res) => {
    // Never from outside: Next.js uses it internally to skip middleware.
    delete req.headers["x-middleware-subrequest"];
    if (!config.trustProxy) useSocketAddress(req);
    decorateResponse(res, headers, config.https, config.exposeCacheStatus ?? false);
    replaceOutageErrors(req, res);

    if (databaseDownSince() !== null && !(req.url ?? "").startsWith("/_next/static/")) return unavailable(req, res);
    if (SAFE_METHODS.has(req.method ?? "GET")) return toNext(req, res);
    if (isCrossSite(req, config)) return refuse(req, res, inLocaleOf(req, () => ({ status: 403, message: t("services.gateCrossSite") })));

    // Pictures travel in multipart forms (lib/uploads): those may be larger.
    const multipart = /^multipart\/form-data/i.test(String(req.headers["content-type"] ?? ""));
    const limit = multipart ? Math.max(maxBody, config.maxUploadBodyBytes ?? maxBody) : maxBody;
    const declared = Number(req.headers["content-length"] ?? NaN);
    if (Number.isFinite(declared) && declared > limit) return refuseTooLarge(req, res, limit);
    readBody(req, limit).then(
      (body) => {
        if (body === "too-large") return refuseTooLarge(req, res, limit);
        if (body === "aborted") return;
        const problem: BodyProblem | null = inLocaleOf(req, () => inspectBody(String(req.headers["content-type"] ?? ""), body));
        if (problem) return refuse(req, res, problem);
        return handle(replay(req, body), res);
      },
      () => refuse(req, res, inLocaleOf(req, () => ({ status: 400, message: t("services.apiUnreadable") }))),
    );
  };
  if (!fastPath) return gated;
  return (req, res) => {
    if (databaseDownSince() === null && fastPath.tryServe(req, res, () => gated(req, res))) return;
    return gated(req, res);
  };
}

function useSocketAddress(req: IncomingMessage): void {
  for (const name of PROXY_HEADERS) delete req.headers[name];
  req.headers["x-forwarded-for"] = req.socket.remoteAddress ?? "unknown";
  // Next.js would otherwise fill these in with "localhost" for a loopback
  // server, and next-auth would send the browser to another host than its own.
  if (req.headers.host) req.headers["x-forwarded-host"] = req.headers.host;
  req.headers["x-forwarded-proto"] = "encrypted" in req.socket && req.socket.encrypted ? "https" : "http";
}

/** Security headers now; at writeHead, Next.js's x-nextjs-* removed and cookies made Secure on https. */
function decorateResponse(res: ServerResponse, headers: Record<string, string>, https: boolean, exposeCacheStatus: boolean): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    const cacheStatus = this.getHeader("x-nextjs-cache");
    if (exposeCacheStatus && cacheStatus !== undefined) this.setHeader("x-cache-status", String(cacheStatus));
    for (const name of this.getHeaderNames()) if (isFrameworkHeader(name)) this.removeHeader(name);
    if (https) {
      const cookies = this.getHeader("set-cookie");
      if (cookies !== undefined) this.setHeader("set-cookie", (Array.isArray(cookies) ? cookies : [String(cookies)]).map(withSecureFlag));
    }
    // Headers passed to writeHead itself (an object or a flat array) are filtered the same way.
    const last = args.length - 1;
    if (last >= 1 && args[last] && typeof args[last] === "object") {
      const given = args[last];
      if (Array.isArray(given)) {
        const kept: unknown[] = [];
        for (let i = 0; i + 1 < given.length; i += 2) if (!isFrameworkHeader(String(given[i]))) kept.push(given[i], given[i + 1]);
        args[last] = kept;
      } else {
        args[last] = Object.fromEntries(Object.entries(given as Record<string, unknown>).filter(([name]) => !isFrameworkHeader(name)));
      }
    }
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as typeof res.writeHead;
}

/**
 * A browser says where a form came from (Origin on every POST; Sec-Fetch-Site
 * too). OAuth callbacks are exempt: a provider may post them from its own site.
 */
function isCrossSite(req: IncomingMessage, config: GateConfig): boolean {
  if ((req.url ?? "").startsWith("/api/auth/callback/")) return false;
  const origin = req.headers.origin;
  if (origin === undefined) return req.headers["sec-fetch-site"] === "cross-site";
  const hosts = [req.headers.host, ...(config.trustProxy ? String(req.headers["x-forwarded-host"] ?? "").split(",") : [])]
    .map((h) => h?.trim().toLowerCase())
    .filter(Boolean);
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return true; // "null" (sandboxed frames, some redirects) or garbage
  }
  if (config.siteOrigins.includes(parsed.origin)) return false;
  return !hosts.includes(parsed.host.toLowerCase());
}

type Body = Buffer | "too-large" | "aborted";

function readBody(req: IncomingMessage, max: number): Promise<Body> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (value: Body) => {
      if (done) return;
      done = true;
      resolve(value);
    };
    req.on("data", (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > max) {
        req.removeAllListeners("data");
        return finish("too-large");
      }
      chunks.push(chunk);
    });
    req.on("end", () => finish(Buffer.concat(chunks)));
    req.on("aborted", () => finish("aborted"));
    req.on("error", (error) => (done ? undefined : ((done = true), reject(error))));
  });
}

/** A request like the original whose body is the bytes already read. */
function replay(req: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(req.socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.httpVersion = req.httpVersion;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  copy.headers = { ...req.headers, "content-length": String(body.length) };
  delete copy.headers["transfer-encoding"];
  copy.rawHeaders = Object.entries(copy.headers).flatMap(([name, value]) =>
    Array.isArray(value) ? value.flatMap((v) => [name, v]) : [name, String(value)],
  );
  copy.push(body);
  copy.push(null);
  copy.complete = true;
  return copy;
}

/** 503 while the database is down: nothing reaches the app, nothing is stored. */
function unavailable(req: IncomingMessage, res: ServerResponse): void {
  if (!SAFE_METHODS.has(req.method ?? "GET")) drain(req);
  res.statusCode = 503;
  res.end(unavailableBody(req, res));
}

/** Sets the 503's headers and returns its body (none for HEAD). */
function unavailableBody(req: IncomingMessage, res: ServerResponse): string | undefined {
  res.setHeader("retry-after", String(RETRY_AFTER_SECONDS));
  res.setHeader("cache-control", "no-store");
  const wantsHtml = /text\/html/.test(String(req.headers.accept ?? "")) || !req.headers.accept;
  res.setHeader("content-type", wantsHtml ? "text/html; charset=utf-8" : "text/plain; charset=utf-8");
  res.removeHeader("content-length");
  res.removeHeader("content-encoding");
  if (req.method === "HEAD") return undefined;
  return inLocaleOf(req, () => (wantsHtml ? unavailablePage() : `${t("services.outagePlain")}\n`));
}

/**
 * The request that meets an outage first was let in while the database still
 * answered; its page fails with Next.js's 500. The driver marks the database
 * down as the query fails (lib/db-client.ts), before the error page is sent,
 * so a 500 written while it is marked down is that outage: it goes out as the
 * same 503 page every later request gets, not as a bare error.
 */
function replaceOutageErrors(req: IncomingMessage, res: ServerResponse): void {
  const { writeHead, write, end } = res;
  let replacement: { body: string | undefined } | null = null;
  /** Turns the response into the 503 page, if it is about to be an outage's 500. */
  const replaceIfOutage = (target: ServerResponse, status: unknown) => {
    if (replacement || status !== 500 || target.headersSent || databaseDownSince() === null) return;
    target.statusCode = 503;
    replacement = { body: unavailableBody(req, target) };
  };
  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    replaceIfOutage(this, status);
    if (replacement) return (writeHead as (s: number) => ServerResponse).call(this, 503);
    return (writeHead as (...a: unknown[]) => ServerResponse).call(this, status, ...rest);
  } as typeof res.writeHead;
  res.write = function (this: ServerResponse, ...args: unknown[]) {
    replaceIfOutage(this, this.statusCode);
    if (replacement) return true; // the framework's error page is dropped; end() sends ours
    return (write as (...a: unknown[]) => boolean).apply(this, args);
  } as typeof res.write;
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    replaceIfOutage(this, this.statusCode);
    if (replacement) {
      const done = args.find((arg) => typeof arg === "function"); // the framework may wait on it
      return (end as (body: string | undefined, cb?: unknown) => ServerResponse).call(this, replacement.body, done);
    }
    return (end as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as typeof res.end;
}

/**
 * Runs \`make\` in the language of the request's address (/en/… is English):
 * the gate answers before lib/i18n/locale-handler.ts has set the request's
 * locale, so its refusals ask for it here.
 */
function inLocaleOf<T>(req: IncomingMessage, make: () => T): T {
  const url = req.url ?? "/";
  return requestLocaleStorage().run({ locale: localeOfRequest(url).locale, url }, make);
}

function refuseTooLarge(req: IncomingMessage, res: ServerResponse, max: number): void {
  refuse(req, res, inLocaleOf(req, () => ({ status: 413, message: t("services.gateTooLarge", { mb: Math.round(max / 1024 / 1024) }) })));
}

function refuse(req: IncomingMessage, res: ServerResponse, problem: { status: number; message: string }): void {
  if (res.headersSent) return;
  const wantsHtml = /\btext\/html\b/.test(String(req.headers.accept ?? ""));
  const body = wantsHtml ? inLocaleOf(req, () => refusalPage(problem.status, problem.message)) : `${problem.message}\n`;
  res.statusCode = problem.status;
  res.setHeader("content-type", wantsHtml ? "text/html; charset=utf-8" : "text/plain; charset=utf-8");
  res.setHeader("cache-control", "no-store");
  res.end(body);
  if (!req.complete) drain(req);
}

/**
 * The rest of an unread body is read and dropped, so the client, still
 * sending, gets to read the answer (closing at once breaks its upload with
 * EPIPE instead). Past a ceiling the connection is cut all the same.
 */
const MAX_DRAIN_BYTES = 128 * 1024 * 1024;
function drain(req: IncomingMessage): void {
  let drained = 0;
  req.removeAllListeners("data");
  req.on("data", (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > MAX_DRAIN_BYTES) req.socket.destroy();
  });
  req.resume();
}

function refusalPage(status: number, message: string): string {
  const text = message.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const locale = currentLocale();
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t("services.gatePageTitle", { status })}</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5">
<h1>${t("services.gatePageHeading")}</h1><p>${text}</p><p><a href="${localeHref(locale, "/")}">${t("services.gateHomeLink")}</a></p>
</body></html>
`;
}
