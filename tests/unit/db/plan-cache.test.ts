// The plans of reads kept between queries (lib/db/plan-cache.ts): a read
// asked again is not compiled again, yet always answers what the database
// holds now; writes are compiled every time; the cache is bounded; a kept
// plan cannot be changed by whoever runs it. On the engine the suite runs on.
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { databaseEngine, databaseUrl } from "@/lib/database-url";
import { isCacheableBatch, isCacheableQuery, MAX_ENTRIES, patchCompilerClass, planCacheInstalled, planCacheStats } from "@/lib/db/plan-cache";

describe("query plans of reads, kept (Prisma's compiler)", () => {
  const db = createPrismaClient();
  afterAll(() => db.$disconnect());
  const key = `plan-cache-${Math.random().toString(36).slice(2)}`;

  it("is installed on this engine's compiler by the time a client has queried", async () => {
    await db.setting.findFirst({ where: { key: "nothing" } });
    expect(planCacheInstalled()).toContain(databaseEngine(databaseUrl()));
  });

  it("compiles the same read once, and the second answer is still read from the database", async () => {
    await db.setting.create({ data: { key, value: "first" } });
    const read = () => db.setting.findUnique({ where: { key }, select: { value: true } });
    const before = planCacheStats();
    expect(await read()).toEqual({ value: "first" });
    const afterFirst = planCacheStats();
    expect(afterFirst.misses).toBe(before.misses + 1);
    await db.setting.update({ where: { key }, data: { value: "second" } });
    // Same query text, so the kept plan: it must run again, not answer "first".
    expect(await read()).toEqual({ value: "second" });
    const afterSecond = planCacheStats();
    expect(afterSecond.hits).toBe(afterFirst.hits + 1);
    expect(afterSecond.misses).toBe(afterFirst.misses);
  });

  it("counts and lists through kept plans answer as the data changes", async () => {
    const count = () => db.setting.count({ where: { key: { startsWith: key } } });
    expect(await count()).toBe(1);
    await db.setting.create({ data: { key: `${key}-b`, value: "x" } });
    expect(await count()).toBe(2);
    await db.setting.delete({ where: { key: `${key}-b` } });
    expect(await count()).toBe(1);
  });

  it("never keeps a write: each is compiled anew (their plans carry now() and generated values)", async () => {
    const before = planCacheStats();
    await db.setting.update({ where: { key }, data: { value: "third" } });
    await db.setting.update({ where: { key }, data: { value: "third" } });
    const after = planCacheStats();
    expect(after.skipped).toBeGreaterThanOrEqual(before.skipped + 2);
    expect(after.hits).toBe(before.hits);
    // updatedAt is written afresh by each update, not frozen in a kept plan.
    const first = await db.setting.findUniqueOrThrow({ where: { key } });
    await new Promise((resolve) => setTimeout(resolve, 15));
    await db.setting.update({ where: { key }, data: { value: "fourth" } });
    const second = await db.setting.findUniqueOrThrow({ where: { key } });
    expect(second.updatedAt.getTime()).toBeGreaterThan(first.updatedAt.getTime());
  });

  it("keeps the plan of a batch of reads (findUnique calls of one tick), and each run reads afresh", async () => {
    await db.setting.create({ data: { key: `${key}-batch`, value: "a" } });
    const both = () => Promise.all([db.setting.findUnique({ where: { key } }), db.setting.findUnique({ where: { key: `${key}-batch` } })]);
    await both();
    const before = planCacheStats();
    await db.setting.update({ where: { key: `${key}-batch` }, data: { value: "b" } });
    const [, second] = await both();
    expect(second?.value).toBe("b");
    expect(planCacheStats().batchHits).toBe(before.batchHits + 1);
    // An array transaction with a write in it is compiled every time.
    const skipped = planCacheStats().skipped;
    await db.$transaction([db.setting.findUnique({ where: { key } }), db.setting.update({ where: { key: `${key}-batch` }, data: { value: "c" } })]);
    expect(planCacheStats().skipped).toBeGreaterThan(skipped);
    expect((await db.setting.findUnique({ where: { key: `${key}-batch` } }))?.value).toBe("c");
  });

  it("tells a batch of reads from one holding a write", () => {
    const q = (action: string, value = "x") => ({ modelName: "Setting", action, query: { arguments: { where: { key: value } }, selection: { $scalars: true } } });
    expect(isCacheableBatch(JSON.stringify({ batch: [q("findUnique"), q("findUnique", "y")] }))).toBe(true);
    expect(isCacheableBatch(JSON.stringify({ batch: [q("findUnique"), q("updateOne")] }))).toBe(false);
    expect(isCacheableBatch(JSON.stringify({ batch: [] }))).toBe(false);
    // A value that spells an action is escaped inside its string, so it cannot pass for one.
    expect(isCacheableBatch(JSON.stringify({ batch: [q("findUnique", '"action":"deleteMany"')] }))).toBe(true);
    expect(isCacheableBatch(JSON.stringify(q("findUnique")))).toBe(false);
  });

  it("tells reads from writes by the query Prisma sends", () => {
    const query = (action: string) => JSON.stringify({ modelName: "Post", action, query: { arguments: {}, selection: {} } });
    for (const action of ["findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "findMany", "aggregate", "groupBy"]) expect(isCacheableQuery(query(action))).toBe(true);
    for (const action of ["createOne", "createMany", "createManyAndReturn", "updateOne", "updateMany", "upsertOne", "deleteOne", "deleteMany"]) expect(isCacheableQuery(query(action))).toBe(false);
    expect(isCacheableQuery(JSON.stringify({ action: "queryRaw", query: { arguments: { query: "SELECT 1", parameters: "[]" }, selection: {} } }))).toBe(false);
    expect(isCacheableQuery(JSON.stringify({ action: "executeRaw", query: { arguments: { query: "DELETE FROM x", parameters: "[]" }, selection: {} } }))).toBe(false);
  });
});

describe("the cache around a compiler", () => {
  function fakeCompiler() {
    let compiled = 0;
    class FakeCompiler {
      compile(query: string): unknown {
        compiled++;
        return { sql: `SELECT ${query.length}`, args: [query], nested: { list: [1, 2] } };
      }
    }
    return { FakeCompiler, compiled: () => compiled };
  }
  const read = (n: number) => JSON.stringify({ modelName: "Thread", action: "findMany", query: { arguments: { where: { id: n } }, selection: {} } });

  it("keeps at most MAX_ENTRIES plans, the least recently used dropped first", () => {
    const { FakeCompiler, compiled } = fakeCompiler();
    expect(patchCompilerClass("fake-bound", FakeCompiler)).toBe(true);
    const compiler = new FakeCompiler();
    compiler.compile(read(0));
    for (let n = 1; n <= MAX_ENTRIES + 50; n++) {
      compiler.compile(read(n));
      if (n % 100 === 0) compiler.compile(read(0)); // used again: stays
    }
    const made = compiled();
    expect(made).toBe(MAX_ENTRIES + 51);
    compiler.compile(read(0));
    expect(compiled()).toBe(made); // still held
    compiler.compile(read(1));
    expect(compiled()).toBe(made + 1); // the oldest, dropped
  });

  it("hands out frozen plans, so nothing that runs one can change the next query", () => {
    const { FakeCompiler } = fakeCompiler();
    patchCompilerClass("fake-frozen", FakeCompiler);
    const plan = new FakeCompiler().compile(read(7)) as { args: unknown[]; nested: { list: number[] } };
    expect(Object.isFrozen(plan)).toBe(true);
    expect(() => plan.args.push("more")).toThrow(TypeError);
    expect(() => plan.nested.list.push(3)).toThrow(TypeError);
  });

  it("leaves a compiler it does not recognise alone", () => {
    expect(patchCompilerClass("none", undefined)).toBe(false);
    expect(patchCompilerClass("no-compile", class {} as never)).toBe(false);
  });

  it("keeps one cache per compiler: two clients never share plans", () => {
    const { FakeCompiler, compiled } = fakeCompiler();
    patchCompilerClass("fake-two", FakeCompiler);
    new FakeCompiler().compile(read(1));
    new FakeCompiler().compile(read(1));
    expect(compiled()).toBe(2);
  });
});
