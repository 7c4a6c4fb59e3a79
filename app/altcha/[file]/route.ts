// The ALTCHA widget, served from the forum's own origin (no CDN, no request
// to anyone else; the CSP's script-src 'self' and worker-src 'self' allow
// exactly this). Built from the `altcha` package's "external" build, which
// ships without inline blob: workers, plus its Vietnamese strings and the
// line that tells it where its PBKDF2 worker lives. Loaded only by the forms
// that carry a challenge (registration, and posting for members in their
// first hours when that setting is on) — never by guests' thread pages.
import fs from "node:fs/promises";
import path from "node:path";
import { t } from "@/lib/i18n/text";

const DIST = path.join(process.cwd(), "node_modules", "altcha", "dist");

const SETUP = `
globalThis.$altcha.algorithms.set("PBKDF2/SHA-256", () => new Worker("/altcha/pbkdf2.js"));
`;

// Each file is a classic script with top-level names of its own: wrapped so they cannot collide.
const wrap = (code: string) => `(function(){\n${code}\n})();\n`;

const FILES: Record<string, { type: string; build: () => Promise<string> }> = {
  "widget.js": {
    type: "text/javascript; charset=utf-8",
    build: async () =>
      [
        wrap(await fs.readFile(path.join(DIST, "external", "altcha.min.js"), "utf8")),
        wrap(await fs.readFile(path.join(DIST, "i18n", "vi.js"), "utf8")),
        SETUP,
      ].join("\n"),
  },
  "altcha.css": { type: "text/css; charset=utf-8", build: () => fs.readFile(path.join(DIST, "external", "altcha.css"), "utf8") },
  "pbkdf2.js": { type: "text/javascript; charset=utf-8", build: () => fs.readFile(path.join(DIST, "workers", "pbkdf2.js"), "utf8") },
};

const built = new Map<string, Promise<string>>();

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const entry = Object.hasOwn(FILES, file) ? FILES[file] : undefined;
  if (!entry) return new Response(t("services.fileNotFound"), { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  // Built once per process; a failed read is not remembered, so the next request tries again.
  if (!built.has(file)) built.set(file, entry.build().catch((error) => (built.delete(file), Promise.reject(error))));
  const body = await built.get(file)!;
  return new Response(body, { headers: { "content-type": entry.type, "cache-control": "public, max-age=86400" } });
}
