// One-click unsubscribe tokens (RFC 8058): a member id and the ONE setting
// the link turns off, signed with AUTH_SECRET. No expiry: the link in an old
// mail still works, and all it can do is stop that kind of mail.
import crypto from "node:crypto";

export type UnsubscribeTopic = "watched" | "mentions";
export const UNSUBSCRIBE_TOPICS: readonly UnsubscribeTopic[] = ["watched", "mentions"];

function secret(): string {
  const value = process.env.AUTH_SECRET?.trim();
  if (!value) throw new Error("AUTH_SECRET chưa được đặt: không ký được liên kết hủy đăng ký.");
  return value;
}

function sign(body: string): string {
  return crypto.createHmac("sha256", secret()).update(`unsubscribe:${body}`).digest("base64url");
}

export function unsubscribeToken(userId: number, topic: UnsubscribeTopic): string {
  const body = `${userId}.${topic}`;
  return `${body}.${sign(body)}`;
}

/** The member and topic a token names, or null when it is not one we signed. */
export function readUnsubscribeToken(token: unknown): { userId: number; topic: UnsubscribeTopic } | null {
  if (typeof token !== "string" || token.length > 200) return null;
  const match = /^(\d{1,12})\.([a-z]+)\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, id, topic, signature] = match;
  if (!(UNSUBSCRIBE_TOPICS as readonly string[]).includes(topic)) return null;
  const expected = Buffer.from(sign(`${id}.${topic}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return null;
  return { userId: Number(id), topic: topic as UnsubscribeTopic };
}
