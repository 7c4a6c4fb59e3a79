// The VAPID key pair that signs every push request (RFC 8292). Configured by
// VAPID_PUBLIC_KEY / VAPID_PRIVATE_KEY / VAPID_SUBJECT when all of the keys
// are set; otherwise generated on the first start and kept in the Setting
// table (key "push.vapid"), so every instance and every restart signs with the
// same pair — a new pair would orphan every browser's subscription.
import webpush from "web-push";
import type { Db } from "@/lib/db-client";
import { publicOrigin } from "@/lib/public-origin";

export type VapidKeys = { publicKey: string; privateKey: string; subject: string };

const SETTING_KEY = "push.vapid";

function defaultSubject(): string {
  if (process.env.VAPID_SUBJECT?.trim()) return process.env.VAPID_SUBJECT.trim();
  // web-push wants an https: URL or a mailto: address.
  const origin = publicOrigin();
  return origin.startsWith("https://") ? origin : `mailto:webmaster@${new URL(origin).hostname}`;
}

function fromEnv(): VapidKeys | null {
  const publicKey = process.env.VAPID_PUBLIC_KEY?.trim();
  const privateKey = process.env.VAPID_PRIVATE_KEY?.trim();
  if (!publicKey || !privateKey) return null;
  return { publicKey, privateKey, subject: defaultSubject() };
}

function parse(value: string): Omit<VapidKeys, "subject"> | null {
  try {
    const v = JSON.parse(value) as { publicKey?: unknown; privateKey?: unknown };
    return typeof v.publicKey === "string" && typeof v.privateKey === "string" ? { publicKey: v.publicKey, privateKey: v.privateKey } : null;
  } catch {
    return null;
  }
}

let cached: VapidKeys | null = null;

/** The keys, made and stored the first time (two instances starting together keep the first one written). */
export async function vapidKeys(db: Db): Promise<VapidKeys> {
  const env = fromEnv();
  if (env) return env;
  if (cached) return cached;
  const row = await db.setting.findUnique({ where: { key: SETTING_KEY } });
  let keys = row ? parse(row.value) : null;
  if (!keys) {
    const made = webpush.generateVAPIDKeys();
    try {
      await db.setting.create({ data: { key: SETTING_KEY, value: JSON.stringify(made) } });
      keys = made;
    } catch {
      // Another instance wrote its pair first: use that one.
      const again = await db.setting.findUnique({ where: { key: SETTING_KEY } });
      keys = again ? parse(again.value) : null;
      if (!keys) throw new Error("[push] không lưu được khóa VAPID");
    }
  }
  cached = { ...keys, subject: defaultSubject() };
  return cached;
}

/** For tests: forget the process's copy. */
export function forgetVapidKeys(): void {
  cached = null;
}
