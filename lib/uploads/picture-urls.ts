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

// Pictures of private messages (Attachment kind "conversation"): stored under
// "private/", never at a public address, served one by one to those who may
// read the message (app/conversation-pictures/, lib/conversations/picture-access.ts).
export const PRIVATE_KIND = "conversation";
export const privateVariantKey = (hash: string, name: string) => `private/${hash}/${name}`;
/** The storage key of an attachment's file, by its kind. */
export const storedKey = (kind: string | null | undefined, hash: string, name: string) => (kind === PRIVATE_KIND ? privateVariantKey(hash, name) : variantKey(hash, name));
/** The address of one file of a private-message picture: always on the forum's origin, checked per request. */
export const conversationPictureUrl = (attachmentId: number, name: string) => `/conversation-pictures/${attachmentId}/${name}`;
