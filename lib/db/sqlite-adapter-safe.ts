// The better-sqlite3 driver adapter with transactions that cannot lock up.
//
// @prisma/adapter-better-sqlite3 6.19 serialises transactions with an
// in-process mutex taken before BEGIN and released only by the transaction's
// commit()/rollback() — which Prisma calls only after its COMMIT/ROLLBACK
// statement succeeded. So a BEGIN that throws, or a COMMIT that throws
// (SQLITE_FULL when the disk is full: WAL frames are written at commit), or a
// ROLLBACK after SQLite already rolled back on its own, leaves the mutex held
// and every later transaction of the process waits forever (issue 12).
//
// Here the adapter's own startTransaction is not used: this wrapper keeps its
// own lock, and every way out of a transaction — BEGIN failing, COMMIT or
// ROLLBACK failing, commit()/rollback() — releases it exactly once and leaves
// the connection outside any transaction. Queries go to the inner adapter
// unchanged (it is the one connection either way). Transactions begin
// IMMEDIATE (see startTransaction).
import type BetterSqlite3 from "better-sqlite3";
import { LruMap } from "../lru-map";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";

type InnerAdapter = SqlDriverAdapter & {
  client: BetterSqlite3.Database;
  /** Converts a driver error the way the adapter does for its own queries (always throws). */
  onError(error: unknown): never;
};

/** A FIFO lock: acquire() resolves with a release function that works once. */
class TransactionLock {
  #tail: Promise<void> = Promise.resolve();
  #held = false;

  get held(): boolean {
    return this.#held;
  }

  async acquire(): Promise<() => void> {
    let unlock!: () => void;
    const previous = this.#tail;
    this.#tail = new Promise<void>((resolve) => (unlock = resolve));
    await previous;
    this.#held = true;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#held = false;
      unlock();
    };
  }
}

const isEnd = (sql: string, word: "COMMIT" | "ROLLBACK") => sql.trim().toUpperCase() === word;

/** Statements kept prepared per connection, least recently used dropped first. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * The adapter prepares every query anew (`client.prepare(sql).bind(args)`,
 * then `.run()` or `.raw().all()`): compiling Prisma's SQL was 2.5 % of a
 * member's page and 7.5 % of posting (docs/profiles/). This gives the adapter
 * a view of the connection whose prepare() reuses compiled statements by SQL
 * text; a "bound" statement is just the statement with its arguments, run
 * synchronously at once, so one compiled statement serves every call. Only
 * the adapter's queries go through it: the real connection is used for
 * everything else here.
 */
function withStatementCache(client: BetterSqlite3.Database): BetterSqlite3.Database {
  const cache = new LruMap<string, BetterSqlite3.Statement>(STATEMENT_CACHE_SIZE);
  const prepare = (sql: string) => {
    const compiled = cache.get(sql) ?? client.prepare(sql);
    cache.set(sql, compiled);
    return {
      bind: (args: unknown[]) => ({
        reader: compiled.reader,
        columns: () => compiled.columns(),
        raw: () => ({ all: () => compiled.raw(true).all(args) }),
        run: () => compiled.run(args),
      }),
    };
  };
  return new Proxy(client, {
    get(target, property) {
      if (property === "prepare") return prepare;
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/**
 * The connection's own handle for statements written by hand
 * (lib/db/sqlite-direct.ts): `exclusive(work)` waits for the same lock
 * Prisma's transactions take, then runs `work` synchronously — nothing else
 * of this process can run a statement on the connection meanwhile.
 */
export type SqliteDirect = {
  client: BetterSqlite3.Database;
  exclusive<T>(work: (client: BetterSqlite3.Database) => T): Promise<T>;
};

function safeAdapter(inner: InnerAdapter): SqlDriverAdapter & { readonly transactionLockHeld: boolean; readonly direct: SqliteDirect } {
  const lock = new TransactionLock();
  const client = inner.client;
  // Off unless SQLITE_STATEMENT_CACHE=1: with it on, the caching journeys' "reply hidden, then
  // restored" and "thread locked, moved and renamed" fail (the moderator's action does not show;
  // not yet understood — see docs/performance.md, issue 18). The bench runs measured it on.
  if (process.env.SQLITE_STATEMENT_CACHE === "1") inner.client = withStatementCache(client);

  /** Leaves the connection outside any transaction (SQLite may already have rolled back). */
  function endOpenTransaction() {
    if (!client.inTransaction) return;
    try {
      client.exec("ROLLBACK");
    } catch (error) {
      console.error("sqlite: could not roll back after a failed transaction end:", error);
    }
  }

  const direct: SqliteDirect = {
    client,
    async exclusive(work) {
      const release = await lock.acquire();
      try {
        return work(client);
      } finally {
        // A statement that threw inside work's own BEGIN … COMMIT is work's to
        // roll back; this is the belt: never leave the lock with a transaction open.
        endOpenTransaction();
        release();
      }
    },
  };

  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    direct,
    get transactionLockHeld() {
      return lock.held;
    },
    queryRaw: (query) => inner.queryRaw(query),
    executeRaw: (query) => inner.executeRaw(query),
    executeScript: (script) => inner.executeScript(script),
    getConnectionInfo: inner.getConnectionInfo ? () => inner.getConnectionInfo!() : undefined,
    dispose: () => inner.dispose(),

    async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
      if (isolationLevel && isolationLevel !== "SERIALIZABLE") {
        // Same refusal as the inner adapter (SQLite transactions are serialisable).
        return inner.startTransaction(isolationLevel);
      }
      const release = await lock.acquire();
      try {
        // IMMEDIATE: the write lock is taken here, waiting up to the busy
        // timeout for another process (the CLI, a second server on the same
        // file). A plain BEGIN takes it at the first write instead, and when
        // another process has written since this transaction's first read,
        // SQLite refuses that upgrade at once (SQLITE_BUSY_SNAPSHOT, no
        // waiting): an import failed that way in CI while the server wrote.
        client.prepare("BEGIN IMMEDIATE").run();
      } catch (error) {
        release();
        inner.onError(error);
      }
      const finish = () => {
        endOpenTransaction();
        release();
      };
      const transaction: Transaction = {
        provider: inner.provider,
        adapterName: inner.adapterName,
        options: { usePhantomQuery: false },
        queryRaw: (query: SqlQuery) => inner.queryRaw(query),
        async executeRaw(query: SqlQuery) {
          const ending = isEnd(query.sql, "COMMIT") || isEnd(query.sql, "ROLLBACK");
          try {
            return await inner.executeRaw(query);
          } catch (error) {
            // Prisma will not call commit()/rollback() after this throws.
            if (ending) finish();
            throw error;
          }
        },
        commit: async () => finish(),
        rollback: async () => finish(),
      };
      return transaction;
    },
  };
}

/** Drop-in for `new PrismaBetterSQLite3(config, options)`. */
export class SafeBetterSQLite3 implements SqlDriverAdapterFactory {
  readonly provider = "sqlite";
  readonly adapterName: string;
  #inner: PrismaBetterSQLite3;
  /** Set once Prisma has connected (it connects on its first query). */
  direct: SqliteDirect | null = null;

  constructor(...args: ConstructorParameters<typeof PrismaBetterSQLite3>) {
    this.#inner = new PrismaBetterSQLite3(...args);
    this.adapterName = this.#inner.adapterName;
  }

  async connect() {
    const adapter = safeAdapter((await this.#inner.connect()) as InnerAdapter);
    this.direct = adapter.direct;
    return adapter;
  }

  async connectToShadowDb() {
    return safeAdapter((await this.#inner.connectToShadowDb()) as InnerAdapter);
  }
}
