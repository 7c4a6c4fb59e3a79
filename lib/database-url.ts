// Where the database lives and which engine it is. One definition shared by
// the app, Prisma's CLI config and the scripts, so they can never disagree
// about which database is used. A relative SQLite path is relative to the
// project folder, where every command runs.
//
//   file:./data/banluan.db            → SQLite (the embedded default)
//   postgresql://user:pw@host:5432/db → PostgreSQL (also postgres://)

export const DEFAULT_DATABASE_URL = "file:./data/banluan.db";

export type DatabaseEngine = "sqlite" | "postgresql";

/** DATABASE_URL if set, else a SQLite file inside the project (data/banluan.db). */
export function databaseUrl(): string {
  return process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

export class DatabaseUrlError extends Error {}

/** The engine a URL names; any other scheme is refused with the two accepted forms. */
export function databaseEngine(url: string = databaseUrl()): DatabaseEngine {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
  const scheme = url.includes(":") ? url.slice(0, url.indexOf(":") + 1) : url;
  throw new DatabaseUrlError(
    `DATABASE_URL không hợp lệ ("${scheme}…"): dùng file:./data/banluan.db (SQLite) hoặc postgresql://user:password@host:5432/database (PostgreSQL).`,
  );
}

/** Host and port of a PostgreSQL URL, for error messages ("127.0.0.1:5432"). */
export function postgresAddress(url: string): string {
  try {
    const parsed = new URL(url);
    const socket = parsed.searchParams.get("host");
    if (!parsed.hostname && socket) return `${socket} (socket)`;
    return `${parsed.hostname || "localhost"}:${parsed.port || "5432"}`;
  } catch {
    return "(địa chỉ không đọc được)";
  }
}

/** The URL with its password replaced, safe to print. */
export function redactedUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, "$1***@");
}
