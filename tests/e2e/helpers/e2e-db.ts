// Direct access to the e2e server's database, on whichever engine the run uses
// (E2E_DATABASE_URL, see scripts/lib/e2e-database.ts), through one synchronous
// API shaped like better-sqlite3's: prepare(sql).run/get/all, transaction(fn),
// close(). Specs write SQL the SQLite way (unquoted Prisma names, `?`
// parameters, 1/0 for booleans); on PostgreSQL it is translated:
//   `?` → $1, $2…                        (outside string literals)
//   Prisma model and field names quoted   (User → "User": PostgreSQL folds unquoted names)
//   INSERT gains RETURNING *             (for lastInsertRowid)
// and results come back as SQLite gives them (see pg-sync-worker.cjs).
// A boolean column takes a 1/0 parameter on both engines; in SQL text write
// TRUE/FALSE (PostgreSQL refuses an integer literal there).
import fs from "node:fs";
import path from "node:path";
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
import Database from "better-sqlite3";

const ROOT = path.resolve(__dirname, "..", "..", "..");

export type RunResult = { changes: number; lastInsertRowid: number };
export type Statement = {
  run(...params: unknown[]): RunResult;
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
};
export type E2eDb = {
  engine: "sqlite" | "postgresql";
  prepare(sql: string): Statement;
  /** Like better-sqlite3: returns a function that runs `fn` in a transaction. */
  transaction<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R;
  close(): void;
};

export function e2eDatabaseUrl(): string {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set (playwright.config.ts sets it)");
  return url;
}

/** Opens the run's database. Close it when done (withDb does). */
export function openE2eDb(): E2eDb {
  const url = e2eDatabaseUrl();
  return url.startsWith("file:") ? sqliteDb(path.resolve(ROOT, url.slice("file:".length))) : postgresDb(url);
}

/** Runs `fn` with the run's database open. */
export function withDb<T>(fn: (db: E2eDb) => T): T {
  const db = openE2eDb();
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/** Parameters as both engines take them: booleans as 1/0, dates as Prisma's ISO strings. */
function bindable(params: unknown[]): unknown[] {
  return params.map((p) => (p instanceof Date ? p.toISOString().replace("Z", "+00:00") : typeof p === "boolean" ? Number(p) : p));
}

function sqliteDb(file: string): E2eDb {
  const db = new Database(file);
  db.pragma("busy_timeout = 10000");
  return {
    engine: "sqlite",
    prepare(sql) {
      const statement = db.prepare(sql);
      return {
        run: (...params) => {
          const r = statement.run(...bindable(params));
          return { changes: r.changes, lastInsertRowid: Number(r.lastInsertRowid) };
        },
        get: (...params) => statement.get(...bindable(params)),
        all: (...params) => statement.all(...bindable(params)),
      };
    },
    // BEGIN IMMEDIATE: a helper reads, then writes; begun deferred, its read
    // lock cannot become the write lock once the running server has committed
    // meanwhile (SQLITE_BUSY at once, the busy timeout does not apply).
    transaction: (fn) => {
      const run = db.transaction(fn);
      return (...args) => run.immediate(...args);
    },
    close: () => db.close(),
  };
}

// ---------------------------------------------------------------- PostgreSQL

/** Model and scalar field names of the schema: the identifiers to quote. */
let prismaNames: Set<string> | undefined;
function names(): Set<string> {
  if (prismaNames) return prismaNames;
  const schema = fs.readFileSync(path.join(ROOT, "prisma", "postgresql", "schema.prisma"), "utf8");
  const found = new Set<string>();
  const models = new Set([...schema.matchAll(/^model\s+(\w+)/gm)].map((m) => m[1]));
  for (const model of models) found.add(model);
  for (const block of schema.matchAll(/^model\s+\w+\s*\{([\s\S]*?)^\}/gm)) {
    for (const line of block[1].split("\n")) {
      const field = line.match(/^\s*(\w+)\s+(\w+)(\[\])?\??/);
      if (field && !models.has(field[2])) found.add(field[1]);
    }
  }
  return (prismaNames = found);
}

/** SQLite-flavoured SQL as PostgreSQL reads it (see the header). */
export function toPostgresSql(sql: string): string {
  const known = names();
  let out = "";
  let param = 0;
  for (let i = 0; i < sql.length; ) {
    const ch = sql[i];
    if (ch === "'" || ch === '"') {
      // A string literal or a quoted identifier, copied as is ('' and "" escape).
      let j = i + 1;
      while (j < sql.length && !(sql[j] === ch && sql[j + 1] !== ch)) j += sql[j] === ch ? 2 : 1;
      out += sql.slice(i, j + 1);
      i = j + 1;
    } else if (ch === "?") {
      out += `$${++param}`;
      i++;
    } else if (/[A-Za-z_]/.test(ch)) {
      const word = sql.slice(i).match(/^\w+/)![0];
      i += word.length;
      const isCall = sql[i] === "(";
      out += known.has(word) && !isCall ? `"${word}"` : word;
    } else {
      out += ch;
      i++;
    }
  }
  if (/^\s*INSERT\b/i.test(out) && !/\bRETURNING\b/i.test(out)) out += " RETURNING *";
  return out;
}

type Bridge = { query(sql: string, params: unknown[]): { rows: Record<string, unknown>[]; rowCount: number } };

/** One worker (one connection) per test process and URL, opened on first use. */
const bridges = new Map<string, Bridge>();
function bridge(url: string): Bridge {
  const existing = bridges.get(url);
  if (existing) return existing;
  const signal = new SharedArrayBuffer(4);
  const flag = new Int32Array(signal);
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(path.join(__dirname, "pg-sync-worker.cjs"), { workerData: { url, port: port2, signal }, transferList: [port2] });
  worker.unref();
  port1.unref();
  const created: Bridge = {
    query(sql, params) {
      Atomics.store(flag, 0, 0);
      port1.postMessage({ sql, params: bindable(params) });
      if (Atomics.wait(flag, 0, 0, 30_000) === "timed-out") throw new Error(`No answer from PostgreSQL in 30 s: ${sql}`);
      const reply = receiveMessageOnPort(port1)?.message as
        | { rows: Record<string, unknown>[]; rowCount: number; error?: undefined }
        | { error: { message: string; code?: string; detail?: string } };
      if (!reply) throw new Error(`PostgreSQL worker answered nothing: ${sql}`);
      if (reply.error) {
        const error = new Error(`${reply.error.message}${reply.error.detail ? ` (${reply.error.detail})` : ""}\n  in: ${sql}`) as Error & { code?: string };
        error.code = reply.error.code;
        throw error;
      }
      return reply;
    },
  };
  bridges.set(url, created);
  return created;
}

function postgresDb(url: string): E2eDb {
  const connection = bridge(url);
  let depth = 0;
  const exec = (sql: string) => connection.query(sql, []);
  return {
    engine: "postgresql",
    prepare(sql) {
      const text = toPostgresSql(sql);
      return {
        run: (...params) => {
          const r = connection.query(text, params);
          return { changes: r.rowCount, lastInsertRowid: Number(r.rows[0]?.id ?? 0) };
        },
        get: (...params) => connection.query(text, params).rows[0],
        all: (...params) => connection.query(text, params).rows,
      };
    },
    transaction(fn) {
      return (...args) => {
        const savepoint = `e2e_${depth}`;
        exec(depth === 0 ? "BEGIN" : `SAVEPOINT ${savepoint}`);
        depth++;
        try {
          const result = fn(...args);
          depth--;
          exec(depth === 0 ? "COMMIT" : `RELEASE SAVEPOINT ${savepoint}`);
          return result;
        } catch (error) {
          depth--;
          exec(depth === 0 ? "ROLLBACK" : `ROLLBACK TO SAVEPOINT ${savepoint}`);
          throw error;
        }
      };
    },
    // The connection stays open for the next helper call of this test process.
    close: () => {},
  };
}
