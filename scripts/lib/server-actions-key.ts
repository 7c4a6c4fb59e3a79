// NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Next.js encrypts the variables a server
// action closes over with it, and builds it into the bundle. Every instance
// must use the same one (same build, same key), or a form rendered by one
// instance fails when posted to another. Production sets it in the
// environment at build time (docs/deploy.md); on one machine a random one is
// kept in data/, like the auth secret.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./run";

export function ensureServerActionsKey(): string {
  if (process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY) return process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY;
  const file = path.join(ROOT, "data", ".server-actions-key");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  // AES-256: 32 random bytes, base64 (what Next.js expects).
  const key = crypto.randomBytes(32).toString("base64");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, key + "\n", { mode: 0o600 });
  return key;
}
