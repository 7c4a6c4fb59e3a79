// Posts keep a salted hash of the poster's network address, never the address
// itself: moderators can see that two accounts posted from the same network
// without anyone being able to read (or brute-force without the salt) the IP.
import "server-only";
import { createHmac } from "node:crypto";

export function hashIp(ip: string | null | undefined): string | null {
  if (!ip || ip === "unknown") return null;
  const salt = process.env.IP_HASH_SALT || process.env.AUTH_SECRET;
  if (!salt) return null;
  return createHmac("sha256", `ip:${salt}`).update(ip).digest("base64url").slice(0, 32);
}
