// NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Next.js encrypts the variables a server
// action closes over with it, and builds it into the bundle. Every instance
// must use the same one (same build, same key), or a form rendered by one
// instance fails when posted to another. Production sets it in the
// environment at build time (docs/deploy.md); on one machine a random one is
// kept in data/, like the auth secret.
import { envOrLocalSecret } from "./local-secret";

export function ensureServerActionsKey(): string {
  // AES-256: 32 random bytes, base64 (what Next.js expects).
  return envOrLocalSecret("NEXT_SERVER_ACTIONS_ENCRYPTION_KEY", ".server-actions-key", "base64");
}
