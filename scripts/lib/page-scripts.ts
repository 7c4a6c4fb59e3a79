// The JavaScript a page of the production build makes the browser load: the
// root chunks every page gets plus the route's own entry chunks, as the
// build's manifests list them (.next/server/app/<route>/page/build-manifest.json
// and page_client-reference-manifest.js). The polyfill chunk is left out:
// modern browsers skip it (nomodule). Used by the bundle check
// (tests/e2e/client-bundle.spec.ts) and `npm run bundle:bytes`.
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";

export type PageScripts = { route: string; files: string[]; raw: number; gzip: number };

/** `route` is the app-directory path of the page, e.g. "(auth)/register" or "guest-view/threads/[slugId]". */
export function pageScripts(nextDir: string, route: string): PageScripts {
  const pageDir = path.join(nextDir, "server", "app", route);
  const build = JSON.parse(fs.readFileSync(path.join(pageDir, "page", "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  // The client reference manifest is a script that assigns globalThis.__RSC_MANIFEST.
  const sandbox: { self?: unknown; globalThis?: unknown; __RSC_MANIFEST?: Record<string, { entryJSFiles: Record<string, string[]> }> } = {};
  sandbox.self = sandbox;
  sandbox.globalThis = sandbox;
  vm.runInNewContext(fs.readFileSync(path.join(pageDir, "page_client-reference-manifest.js"), "utf8"), sandbox);
  const manifest = sandbox.__RSC_MANIFEST?.[`/${route}/page`];
  if (!manifest) throw new Error(`No client reference manifest for /${route}/page`);
  const files = [...new Set([...build.rootMainFiles, ...Object.values(manifest.entryJSFiles).flat()])].sort();
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = fs.readFileSync(path.join(nextDir, file));
    raw += bytes.length;
    gzip += zlib.gzipSync(bytes, { level: 9 }).length;
  }
  return { route, files, raw, gzip };
}
