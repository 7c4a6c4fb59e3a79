// A whole 404 page for browsers without JavaScript.
//
// Next.js 16 answers a page that calls notFound() (an unknown thread, category
// or member) with a bare error document — `<html id="__next_error__">`, an
// empty body — whose not-found page exists only in the flight payload and
// appears after hydration: without JavaScript the page stays blank, with no
// `lang` (vercel/next.js#98954, #62228). An address that matches no route at
// all is rendered whole, on the server (app/not-found.tsx). So when a GET of
// a page comes back 404 as HTML, its body is replaced by app/page-not-found
// (the same not-found page, rendered on the server per request in the
// request's language), asked for over loopback. The status, and the headers
// already set (no-store caching, hardening headers), stay those of the
// original answer.
import type { IncomingMessage, ServerResponse } from "node:http";

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

/** Marks the loopback request, so its own 404 is passed through as it is. */
const LOOPBACK_HEADER = "x-banluan-not-found-page";
/** app/page-not-found: the not-found page, whole, in the language of its prefix. */
const NOT_FOUND_PAGE = "/page-not-found";

export function wholeNotFoundPages(handle: Handler, origin: () => string | undefined): Handler {
  return (req, res) => {
    const isLoopback = req.headers[LOOPBACK_HEADER] !== undefined;
    delete req.headers[LOOPBACK_HEADER];
    if (isLoopback || req.method !== "GET" || !/text\/html/.test(String(req.headers.accept ?? ""))) return handle(req, res);
    const prefix = /^\/en(?:\/|$|\?)/.test(req.url ?? "") ? "/en" : "";
    const { writeHead, write, end } = res;
    let replacing: boolean | undefined;
    let heldHeaders: Record<string, unknown> | undefined;

    const decide = (self: ServerResponse, args: unknown[]): boolean => {
      if (replacing !== undefined) return replacing;
      const status = typeof args[0] === "number" ? args[0] : self.statusCode;
      const headersArg = args.find((a) => typeof a === "object" && a !== null) as Record<string, unknown> | unknown[] | undefined;
      // Raw header arrays are not something Next.js sends for pages: pass such an answer through.
      if (Array.isArray(headersArg)) return (replacing = false);
      const contentType = String((headersArg && (headersArg["content-type"] ?? headersArg["Content-Type"])) ?? self.getHeader("content-type") ?? "");
      replacing = status === 404 && contentType.includes("text/html");
      if (replacing) heldHeaders = headersArg;
      return replacing;
    };

    const sendReplacement = async (self: ServerResponse) => {
      const base = origin();
      let body: Buffer | undefined;
      if (base) {
        try {
          // No cookie: the page reads no session (its header has no account menu, as app/not-found.tsx).
          const answer = await fetch(`${base}${prefix}${NOT_FOUND_PAGE}`, {
            headers: { accept: "text/html", [LOOPBACK_HEADER]: "1" },
            redirect: "manual",
            signal: AbortSignal.timeout(10_000),
          });
          if (answer.status === 200) body = Buffer.from(await answer.arrayBuffer());
        } catch {
          body = undefined;
        }
      }
      if (self.destroyed) return;
      for (const [name, value] of Object.entries(heldHeaders ?? {})) if (value !== undefined) self.setHeader(name, value as string | string[]);
      // The fetched body is decoded: whatever encoding Next.js had chosen no longer applies.
      self.removeHeader("content-encoding");
      self.removeHeader("content-length");
      self.removeHeader("transfer-encoding");
      const html = body ?? Buffer.from(FALLBACK_PAGE);
      self.setHeader("content-type", "text/html; charset=utf-8");
      self.setHeader("content-length", String(html.length));
      (writeHead as (...a: unknown[]) => ServerResponse).call(self, 404);
      (end as (...a: unknown[]) => ServerResponse).call(self, html);
    };

    res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
      if (decide(this, args)) return this;
      return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
    } as typeof res.writeHead;
    res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
      if (decide(this, [])) {
        const callback = rest.find((a) => typeof a === "function") as (() => void) | undefined;
        callback?.();
        return true;
      }
      return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
    } as typeof res.write;
    res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
      if (decide(this, [])) {
        void sendReplacement(this);
        return this;
      }
      return (end as (...a: unknown[]) => ServerResponse).call(this, chunk, ...rest);
    } as typeof res.end;
    return handle(req, res);
  };
}

/** When the loopback request fails: still a readable page, in both languages. */
const FALLBACK_PAGE =
  '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
  "<title>Không tìm thấy trang</title></head><body><main><h1>Không tìm thấy trang</h1>" +
  '<p>Trang bạn tìm không tồn tại hoặc đã bị gỡ. <a href="/">Về trang chủ</a></p>' +
  '<p lang="en">Page not found. <a href="/en">Home</a></p></main></body></html>';
