// The one Prisma client, shared by every server module. In development Next.js
// reloads modules, so the client is kept on globalThis to avoid opening a new
// SQLite connection on every edit.
import "server-only";
import { createPrismaClient, type Db } from "./db-client";

const globalForDb = globalThis as unknown as { __banluanDb?: Db };

export const db: Db = globalForDb.__banluanDb ?? createPrismaClient(undefined, { watchAvailability: true });
if (process.env.NODE_ENV !== "production") globalForDb.__banluanDb = db;

export type { Db };
