// AUTH_SECRET signs session cookies. Production sets it in the environment; a
// fresh clone gets a random one kept in data/ so sessions survive restarts.
import { envOrLocalSecret } from "./local-secret";

export function ensureAuthSecret(): string {
  return envOrLocalSecret("AUTH_SECRET", ".auth-secret", "base64url");
}
