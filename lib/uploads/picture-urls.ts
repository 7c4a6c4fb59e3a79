// Public addresses of stored pictures: /uploads/<key> on the forum's origin,
// or under UPLOADS_PUBLIC_BASE (a CDN in front of the forum or the bucket).
// The base is read when a post is rendered, and the URL is part of the
// stored post HTML: changing it needs `npm run uploads:rerender` (see docs).
export type Variants = { hash: string; files: { name: string; width: number; height: number }[] };

export function pictureUrl(key: string, env: Record<string, string | undefined> = process.env): string {
  const base = (env.UPLOADS_PUBLIC_BASE ?? "").replace(/\/+$/, "");
  return `${base || ""}/uploads/${key}`;
}

export function parseVariants(json: string | null): Variants | null {
  if (!json) return null;
  try {
    const v = JSON.parse(json) as Variants;
    return typeof v?.hash === "string" && Array.isArray(v.files) ? v : null;
  } catch {
    return null;
  }
}

export const variantKey = (hash: string, name: string) => `${hash}/${name}`;
