// Prisma 6.19's client compiles every query to a plan in WebAssembly before
// running it (its query compiler: `QueryCompiler.compile(json)`), and keeps
// nothing: the same read asked twice is compiled twice. On this forum's hot
// paths that was the largest single cost — 21 % of the CPU of posting
// replies under load (docs/profiles/posting.md, 3 December), and every
// member page asks the same dozen reads per request (the session, the alert
// and conversation counts, the watch, the draft…).
//
// This keeps the plans of reads, by the exact text of the query Prisma sends
// its compiler (model, action, arguments and values, selection): the same
// text compiles to the same plan, which holds no data, only the SQL and its
// arguments, and is executed afresh each time. A cached plan never returns
// an old result.
//
// The same for batches (`compileBatch`: the findUnique calls Prisma gathers
// from one tick into one query, array transactions) made only of reads.
//
// A batch is only found again when the same calls meet in one tick. Under
// load, the findUnique calls of concurrent requests are gathered into one
// batch (Prisma's dataloader, by model and shape), whose text is new every
// time: the hottest per-request lookups (the session, the thread a reply
// goes to, the author's alert settings and watch) are findFirst for that
// reason — never batched, so each finds its own plan.
//
// Only reads (find…, aggregate — which is also count —, groupBy): the
// compiler writes the values of `@default(now())`, `@updatedAt` and generated
// ids into write plans, which must not be reused. Plans are frozen when kept,
// so an executor that tried to change one would fail loudly in the tests
// instead of changing the next query (none does: the whole suite runs with
// the cache on). Bounded: at most MAX_ENTRIES plans and MAX_KEY_CHARS of
// query text, least recently used dropped first. The texts kept hold the
// values asked for (ids, a session's id, a username being logged in), in
// this process's memory as long as the plan is, as any cache of queries
// would. PRISMA_PLAN_CACHE=0 turns it off (the bench compares both).
//
// How it is installed: on the compiler classes of both engines' runtimes,
// imported the way the generated clients import them
// (lib/generated/*/internal/class.ts), so that each bundler (Next.js,
// tsx, vitest) resolves the same module instance the client uses. It is
// a patch on Prisma's internals, tied to this Prisma version: when the
// class has no `compile`, nothing is installed and queries are compiled as
// before (`planCacheInstalled()` says which; tests/unit/db/plan-cache.test.ts
// fails when it is not).

import { LruMap } from "../lru-map";

type CompilerClass = { prototype: { compile?: (query: string) => unknown; compileBatch?: (batch: string) => unknown } };

export const MAX_ENTRIES = 2_000;
const MAX_KEY_CHARS = 4 * 1024 * 1024;
const PATCHED = Symbol.for("banluan.prisma-plan-cache");
const READ = /^\{"modelName":"[^"]*","action":"(?:findUnique|findUniqueOrThrow|findFirst|findFirstOrThrow|findMany|aggregate|groupBy)","query":/;

export type PlanCacheStats = { hits: number; batchHits: number; misses: number; skipped: number };

const stats = { hits: 0, batchHits: 0, misses: 0, skipped: 0 };
const installed = new Set<string>();

export function planCacheEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.PRISMA_PLAN_CACHE !== "0";
}

export function isCacheableQuery(query: string): boolean {
  return READ.test(query);
}

const ACTION = /"action":"([A-Za-z]+)"/g;
const READ_ACTIONS = new Set(["findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "findMany", "aggregate", "groupBy"]);

/**
 * A batch (`{"batch":[query…],"transaction":…}`: the findUnique calls Prisma
 * gathers from one tick, or an array $transaction) made of reads only. Every
 * `"action":"…"` in the text must name a read: inside a JSON string a quote is
 * escaped, so the sequence only occurs as a key — and if a JSON value of a
 * filter happened to hold one naming something else, the batch is simply
 * compiled as before.
 */
export function isCacheableBatch(batch: string): boolean {
  if (!batch.startsWith('{"batch":[')) return false;
  let reads = 0;
  for (const [, action] of batch.matchAll(ACTION)) {
    if (!READ_ACTIONS.has(action)) return false;
    reads++;
  }
  return reads > 0;
}

function deepFreeze(value: unknown): unknown {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

type Cache = LruMap<string, unknown>;
const newCache = (): Cache => new LruMap<string, unknown>(MAX_ENTRIES, (text) => text.length, MAX_KEY_CHARS);

/** One cache per compiler instance and method (one compiler per client): plans depend on the client's schema and engine. */
const caches = new WeakMap<object, { compile: Cache; compileBatch: Cache }>();

function cacheOf(compiler: object, method: "compile" | "compileBatch"): Cache {
  let both = caches.get(compiler);
  if (!both) caches.set(compiler, (both = { compile: newCache(), compileBatch: newCache() }));
  return both[method];
}

function cached(method: "compile" | "compileBatch", original: (text: string) => unknown, cacheable: (text: string) => boolean) {
  return function cachedCompile(this: object, text: string): unknown {
    if (!cacheable(text)) {
      stats.skipped++;
      return original.call(this, text);
    }
    const cache = cacheOf(this, method);
    const plan = cache.get(text);
    if (plan !== undefined) {
      stats.hits++;
      if (method === "compileBatch") stats.batchHits++;
      return plan;
    }
    stats.misses++;
    const made = deepFreeze(original.call(this, text));
    // A huge IN list: not worth holding.
    if (text.length <= MAX_KEY_CHARS / 16) cache.set(text, made);
    return made;
  };
}

/** Wraps the class's compile (and compileBatch) with the cache; returns false when the class is not the one this was written for. */
export function patchCompilerClass(name: string, compiler: CompilerClass | undefined): boolean {
  const proto = compiler?.prototype as (CompilerClass["prototype"] & { [PATCHED]?: true }) | undefined;
  const compile = proto?.compile;
  if (!proto || typeof compile !== "function") return false;
  if (!proto[PATCHED]) {
    proto.compile = cached("compile", compile, isCacheableQuery);
    const compileBatch = proto.compileBatch;
    if (typeof compileBatch === "function") proto.compileBatch = cached("compileBatch", compileBatch, isCacheableBatch);
    proto[PATCHED] = true;
  }
  installed.add(name);
  return true;
}

let installing: Promise<void> | null = null;

/**
 * Installs the cache on both engines' compilers (once per module instance).
 * Called when a client is made, before its first query: the client loads its
 * compiler on that query, from the module this has already patched.
 */
export function installPlanCache(): Promise<void> {
  if (!planCacheEnabled()) return Promise.resolve();
  installing ??= Promise.all([
    import("@prisma/client/runtime/query_compiler_bg.sqlite.mjs").then((m) => patchCompilerClass("sqlite", m.QueryCompiler)),
    import("@prisma/client/runtime/query_compiler_bg.postgresql.mjs").then((m) => patchCompilerClass("postgresql", m.QueryCompiler)),
  ]).then(
    () => undefined,
    () => undefined, // a runtime laid out differently: compiled as before
  );
  return installing;
}

/** Which engines' compilers carry the cache in this module instance. */
export function planCacheInstalled(): string[] {
  return [...installed].sort();
}

export function planCacheStats(): PlanCacheStats {
  return { ...stats };
}
