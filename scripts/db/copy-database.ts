// Copies every row of one forum database into another, empty one (either
// engine to either engine): used by `npm run db:copy` and by `db:fake` for a
// PostgreSQL target. Migrates the target, refuses it unless it is empty,
// copies every model (read from prisma/schema.prisma, parents before
// children, ids kept), moves the id sequences past the copied ids, rebuilds
// the search index, then counts both sides and fails if any model differs.
import { createPrismaClient, type Db } from "@/lib/db-client";
import { databaseEngine, redactedUrl } from "@/lib/database-url";
import { fail, migrateIfPending } from "../lib/migrate";
import { postgresSearchEngine } from "@/lib/search/postgresql/pg-search-engine";
import { sqliteSearchEngine } from "@/lib/search/sqlite/sqlite-search-engine";
import { readModels, type ModelInfo } from "./schema-models";
const BATCH = 1_000;

type Delegate = {
  count: () => Promise<number>;
  findMany: (args: object) => Promise<Record<string, unknown>[]>;
  createMany: (args: { data: Record<string, unknown>[] }) => Promise<{ count: number }>;
};
const delegate = (db: Db, model: ModelInfo) => (db as unknown as Record<string, Delegate>)[model.delegate];

async function copyModel(from: Db, to: Db, model: ModelInfo): Promise<number> {
  const source = delegate(from, model);
  const target = delegate(to, model);
  const orderBy = model.primaryKey.map((key) => ({ [key]: "asc" }));
  let copied = 0;
  // Keyset pages when the key is one column; offset pages otherwise (small tables).
  let cursor: unknown = undefined;
  for (;;) {
    const single = model.primaryKey.length === 1 ? model.primaryKey[0] : null;
    const rows = await source.findMany({
      orderBy,
      take: BATCH,
      ...(single && cursor !== undefined ? { where: { [single]: { gt: cursor } } } : {}),
      ...(!single ? { skip: copied } : {}),
    });
    if (rows.length === 0) break;
    await target.createMany({ data: rows });
    copied += rows.length;
    if (single) cursor = rows[rows.length - 1][single];
    if (rows.length < BATCH) break;
  }
  return copied;
}

export async function copyDatabase(fromUrl: string, toUrl: string, log: (line: string) => void = console.log): Promise<Record<string, number>> {
  const from = createPrismaClient(fromUrl);
  const to = createPrismaClient(toUrl);
  const models = readModels();
  const counts: Record<string, number> = {};
  try {
    await migrateIfPending(from, fromUrl);
    await migrateIfPending(to, toUrl);
    for (const model of models) {
      if ((await delegate(to, model).count()) > 0) {
        fail(`đích ${redactedUrl(toUrl)} không trống (bảng ${model.name} đã có dữ liệu). Chỉ chép vào một cơ sở dữ liệu mới.`);
      }
    }

    const started = performance.now();
    log(`Chép ${redactedUrl(fromUrl)} → ${redactedUrl(toUrl)}`);
    for (const model of models) {
      counts[model.name] = await copyModel(from, to, model);
      log(`  ${model.name.padEnd(16)} ${counts[model.name].toLocaleString("vi-VN")}`);
    }
    if (databaseEngine(toUrl) === "postgresql") {
      // Rows came with their ids: new rows must be numbered after them.
      for (const model of models.filter((m) => m.autoincrementId)) {
        await to.$executeRawUnsafe(
          `SELECT setval(pg_get_serial_sequence('"${model.name}"', '${model.autoincrementId}'), COALESCE((SELECT max("${model.autoincrementId}") FROM "${model.name}"), 0) + 1, false)`,
        );
      }
    }

    // The search index is each engine's own: rebuilt, not copied.
    const engine = databaseEngine(toUrl) === "postgresql" ? postgresSearchEngine : sqliteSearchEngine;
    const { indexed } = await engine.rebuild(to);
    log(`  chỉ mục tìm kiếm: ${indexed.toLocaleString("vi-VN")} bài`);

    let differs = 0;
    for (const model of models) {
      const [a, b] = await Promise.all([delegate(from, model).count(), delegate(to, model).count()]);
      if (a !== b) {
        differs += 1;
        console.error(`✖ ${model.name}: nguồn ${a}, đích ${b}`);
      }
    }
    const check = await engine.check(to);
    if (check.missing.length > 0 || check.orphaned.length > 0) {
      differs += 1;
      console.error(`✖ chỉ mục tìm kiếm: thiếu ${check.missing.length}, thừa ${check.orphaned.length}`);
    }
    if (differs > 0) fail("số dòng hai bên không khớp (xem trên).");
    log(`✔ Đã chép ${models.length} bảng, số dòng khớp, trong ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    return counts;
  } finally {
    await Promise.all([from.$disconnect(), to.$disconnect()]);
  }
}
