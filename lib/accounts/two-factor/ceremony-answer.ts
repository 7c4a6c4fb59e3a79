// What the passkey ceremony's server actions answer the client component:
// a value, or a Vietnamese message for a refusal the member can act on. A bug
// is logged and told as a generic failure (the ceremony never shows a 500).
import { isUserFacingError } from "@/lib/errors";

export type CeremonyAnswer<T> = { ok: true; value: T } | { ok: false; message: string };

export function ceremonyRefusal(error: unknown, fallback: string): { ok: false; message: string } {
  if (isUserFacingError(error)) return { ok: false, message: error.message };
  console.error("Unexpected error in a passkey action:", error);
  return { ok: false, message: fallback };
}
