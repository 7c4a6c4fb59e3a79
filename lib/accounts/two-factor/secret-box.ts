// Seals the TOTP secret before it is stored. What protects it: AES-256-GCM
// under a key derived (HKDF-SHA256) from AUTH_SECRET, which lives in the
// environment or data/ (scripts/lib/auth-secret.ts), never in the database.
// A stolen database dump or backup alone therefore yields no secret from which
// codes can be computed; someone who also has the server's AUTH_SECRET could,
// but they can already mint sessions. TWO_FACTOR_KEY overrides the source key
// (for rotating AUTH_SECRET without re-enrolling every member).
// Format: "v1.<iv>.<tag>.<ciphertext>", each base64url.
import crypto from "node:crypto";

function key(): Buffer {
  const source = process.env.TWO_FACTOR_KEY || process.env.AUTH_SECRET;
  if (!source) throw new Error("AUTH_SECRET (hoặc TWO_FACTOR_KEY) chưa được đặt: không thể mã hóa khóa xác thực hai bước.");
  return Buffer.from(crypto.hkdfSync("sha256", source, "banluan", "two-factor totp secret v1", 32));
}

export function sealSecret(plain: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", key(), iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), data.toString("base64url")].join(".");
}

/** The secret, or null when the row was sealed under another key (or tampered with). */
export function openSecret(sealed: string): string | null {
  const [version, iv, tag, data] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || !data) return null;
  try {
    const decipher = crypto.createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
