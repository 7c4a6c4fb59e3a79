// The one Prisma client, shared by every server module. In development Next.js
// reloads modules, so the client is kept on globalThis to avoid opening a new
// SQLite connection on every edit.
import "server-only";
import { createPrismaClient, type Db } from "./db-client";

const globalForDb = globalThis as unknown as { __banluanDb?: Db };

// On globalThis in production too: the server's background loop (bundled apart,
// lib/next/server-background.ts) writes alerts through this same client, since on
// SQLite a second connection of the process waiting for the write lock blocks
// the event loop (better-sqlite3 is synchronous).
export const db: Db = (globalForDb.__banluanDb ??= sharedClient());

function sharedClient(): Db {
  return createPrismaClient(undefined, { watchAvailability: true });
}

export type { Db };
