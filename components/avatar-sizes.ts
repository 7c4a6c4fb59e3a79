// An avatar's size in CSS pixels for each of avatar.tsx's sizes: the
// server's avatars and the member card built in the browser (member-card.ts)
// read the same numbers.
export const AVATAR_PIXELS = { s: 24, m: 48, l: 64 } as const;
