// Throwaway databases for unit tests, on the engine of DATABASE_URL:
//   SQLite      a copy of the template file the global setup migrated
//   PostgreSQL  CREATE DATABASE … TEMPLATE the database the global setup
//               migrated (a file copy inside the server: fast)
// Synchronous on purpose (psql, not a pool): the per-file setup must point
// DATABASE_URL at the copy before any module that opens the database loads.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export type Template = { engine: "sqlite"; file: string } | { engine: "postgresql"; serverUrl: string; database: string };

export function serverUrl(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export function psql(url: string, sql: string): string {
  return execFileSync("psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-At", url, "-c", sql], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** A new database copied from the template; returns its DATABASE_URL. */
export function copyTemplate(template: Template, dir: string): string {
  const name = `t${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  if (template.engine === "sqlite") {
    const file = path.join(dir, `${name}.db`);
    fs.copyFileSync(template.file, file);
    return `file:${file}`;
  }
  const database = `${template.database}_${name}`;
  // Several files copy the template at once; PostgreSQL refuses a copy while
  // another session is connected to the template, so retry briefly.
  for (let attempt = 0; ; attempt++) {
    try {
      psql(serverUrl(template.serverUrl, "postgres"), `CREATE DATABASE "${database}" TEMPLATE "${template.database}"`);
      break;
    } catch (error) {
      if (attempt >= 50) throw error;
      execFileSync("sleep", ["0.1"]);
    }
  }
  return serverUrl(template.serverUrl, database);
}

export function dropDatabase(url: string): void {
  if (!url.startsWith("postgres")) return;
  const database = new URL(url).pathname.slice(1);
  try {
    psql(serverUrl(url, "postgres"), `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  } catch {
    // Best effort: the run's teardown drops every database of the run.
  }
}
