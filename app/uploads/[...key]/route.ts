// Stored pictures, from the forum's origin (a CDN may sit in front:
// UPLOADS_PUBLIC_BASE). A file's name is its content's hash, so it never
// changes: a year of immutable caching. nosniff and a sandboxing CSP make
// sure that even a file that somehow were not an image could never run as a page.
import { isStorageKey } from "@/lib/uploads/storage/types";
import { pictureStorage } from "@/lib/uploads/storage";
import { t } from "@/lib/i18n/text";

const NOT_FOUND_HEADERS = {
  "content-type": "text/plain; charset=utf-8",
  "cache-control": "public, max-age=60",
  "x-content-type-options": "nosniff",
};

export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const key = (await params).key.join("/");
  if (!isStorageKey(key)) return new Response(t("services.uploadsPictureNotFound"), { status: 404, headers: NOT_FOUND_HEADERS });
  const bytes = await pictureStorage().get(key);
  if (!bytes) return new Response(t("services.uploadsPictureNotFound"), { status: 404, headers: NOT_FOUND_HEADERS });
  return new Response(new Uint8Array(bytes), {
    headers: {
      "content-type": key.endsWith(".gif") ? "image/gif" : "image/webp",
      "content-length": String(bytes.length),
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
}
