// The third argument of every service `(viewer, input, ctx)`: what the
// request knows besides the viewer and the form. Actions get it from
// lib/next/action.ts; scripts and tests pass what they need (a private
// database, a fixed clock).
import type { Db } from "@/lib/db-client";

export type ServiceContext = {
  /** The client's address, for rate limits (lib/client-ip.ts says what is trusted). */
  ip?: string;
  /** Its salted hash, kept with posts (lib/ip-hash.ts). */
  ipHash?: string | null;
  /** "Now", for tests; the services default to the clock. */
  now?: Date;
  /** Another database than the shared client (tests, command-line tools). */
  db?: Db;
};

/**
 * The database a service works on: the context's, or the shared client. The
 * shared client is imported on first use, not at load, so command-line tools
 * that import a service with their own database never open the app's.
 */
export async function contextDb(ctx: ServiceContext): Promise<Db> {
  return ctx.db ?? (await import("@/lib/db")).db;
}

/** The client's address; "unknown" when the caller has none (a rate limit then counts them together). */
export function contextIp(ctx: ServiceContext): string {
  return ctx.ip ?? "unknown";
}
