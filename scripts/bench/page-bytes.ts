// What a guest downloads for the thread page: the HTML, and every script it
// references (script tags and script preloads), each raw and gzip-compressed
// (zlib's default level, as a server compressing on the fly would send it).
import zlib from "node:zlib";

export type Bytes = { raw: number; gzip: number };
export type PageBytes = { html: Bytes; js: Bytes & { files: number } };

function bytesOf(body: Buffer): Bytes {
  return { raw: body.length, gzip: zlib.gzipSync(body).length };
}

export function scriptUrls(html: string): string[] {
  const urls = new Set<string>();
  for (const [, src] of html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)) urls.add(src);
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    if (/\srel="(?:preload|modulepreload)"/.test(tag) && (/\sas="script"/.test(tag) || /modulepreload/.test(tag))) {
      const href = /\shref="([^"]+)"/.exec(tag)?.[1];
      if (href) urls.add(href);
    }
  }
  return [...urls];
}

export async function measurePageBytes(origin: string, html: string): Promise<PageBytes> {
  const js: Bytes & { files: number } = { raw: 0, gzip: 0, files: 0 };
  for (const src of scriptUrls(html)) {
    const response = await fetch(new URL(src, origin));
    if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
    const b = bytesOf(Buffer.from(await response.arrayBuffer()));
    js.raw += b.raw;
    js.gzip += b.gzip;
    js.files += 1;
  }
  return { html: bytesOf(Buffer.from(html)), js };
}
