// The benchmark's database: a copy of the db:fake database (2 000 threads,
// 200 000 replies, the article thread with 20 replies, one thread with 10 000),
// generated first when it is missing or no longer as generated, plus what the
// posting scenario needs — members with passwords who log in through the real
// form, an empty thread per round to post in, and the reply pace limits
// lifted (settings rows, as an administrator would set them) so fifty members
// may each post many times a second. The copy is thrown away: every run
// starts from the same data.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { hashPassword } from "@/lib/accounts/password";
import { createPrismaClient, type Db } from "@/lib/db-client";
import { copyDatabase } from "../db/copy-database";
import { migrateIfPending } from "../lib/migrate";
import { ROOT, baseEnv, bin, runOrExit, sqliteFilePath } from "../lib/run";

export const FAKE_DB_URL = "file:./data/fake.db";
const FAKE_ARGS = ["--threads", "2000", "--replies", "200000"];
export const BENCH_PASSWORD = "Đo-tải-băng-thông-2026";

export type BenchData = {
  url: string;
  article: { id: number; slug: string; replies: number };
  /** The article as a fresh install has it: the same opening post, no reply (SQLite bench only). */
  freshArticle?: { id: number; slug: string };
  big: { id: number; slug: string; replies: number; lastPage: number };
  /** One thread per posting round (index 0: the warm-up's). */
  postThreads: { id: number; slug: string }[];
  members: string[];
  counts: { threads: number; replies: number; members: number };
};

type Facts = { article?: { id: number; slug: string; replyCount: number; lastNumber: number }; big?: { id: number; slug: string; lastNumber: number }; replies: number };

function readFacts(file: string): Facts {
  const db = new Database(file, { readonly: true });
  try {
    const article = db.prepare(`SELECT "id", "slug", "replyCount", "lastNumber" FROM "Thread" WHERE "kind" = 'article' ORDER BY "id" LIMIT 1`).get() as Facts["article"];
    const big = db.prepare(`SELECT "id", "slug", "lastNumber" FROM "Thread" ORDER BY "lastNumber" DESC LIMIT 1`).get() as Facts["big"];
    const { replies } = db.prepare(`SELECT count(*) AS replies FROM "Post" WHERE "number" > 1`).get() as { replies: number };
    return { article, big, replies };
  } finally {
    db.close();
  }
}

function isAsGenerated(facts: Facts): boolean {
  return facts.replies === 200_000 && facts.article?.replyCount === 20 && facts.article.lastNumber === 21 && facts.big?.lastNumber === 10_001;
}

/** data/fake.db as db:fake makes it (made, or made again, when it is not). */
export function ensureFakeDatabase(): string {
  const file = sqliteFilePath(FAKE_DB_URL)!;
  if (fs.existsSync(file) && isAsGenerated(readFacts(file))) return file;
  console.log(`Tạo cơ sở dữ liệu giả: npm run db:fake -- ${FAKE_ARGS.join(" ")} (khoảng 20–40 giây)…`);
  runOrExit(bin("tsx"), ["scripts/db-fake.ts", ...FAKE_ARGS, "--db", FAKE_DB_URL], baseEnv());
  if (!isAsGenerated(readFacts(file))) throw new Error("db:fake did not produce the expected data");
  return file;
}

const iso = (date: Date) => date.toISOString().replace("Z", "+00:00");

export async function prepareBenchDatabase(options: { members: number; rounds: number }): Promise<BenchData> {
  const source = ensureFakeDatabase();
  const dir = path.join(ROOT, "data", "bench");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "forum.db");
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  // SQLite's online backup: a consistent copy even if the source has a WAL file.
  const src = new Database(source, { readonly: true });
  await src.backup(file);
  src.close();

  // A fake.db made before the latest migrations gets them (its rows stay as generated).
  const migrating = createPrismaClient(`file:${file}`);
  try {
    await migrateIfPending(migrating, `file:${file}`);
  } finally {
    await migrating.$disconnect();
  }
  const facts = readFacts(file);
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const longAgo = iso(new Date(Date.now() - 30 * 86_400_000));
  const now = iso(new Date());
  const members: string[] = [];
  const postThreads: { id: number; slug: string }[] = [];
  db.transaction(() => {
    // Pace limits lifted for the benchmark (an administrator's /mod/settings).
    const setting = db.prepare(`INSERT INTO "Setting" ("key", "value", "updatedAt") VALUES (?, ?, ?) ON CONFLICT("key") DO UPDATE SET "value" = excluded."value"`);
    for (const [key, value] of [["replyIntervalSeconds", 0], ["newMemberReplyIntervalSeconds", 0], ["duplicateWindowMinutes", 0], ["approveFirstReplies", 0]] as const) {
      setting.run(key, JSON.stringify(value), now);
    }
    const insertMember = db.prepare(
      `INSERT INTO "User" ("username", "usernameKey", "displayName", "email", "emailVerifiedAt", "passwordHash", "role", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, 'member', ?, ?)`,
    );
    for (let i = 1; i <= options.members; i++) {
      const username = `do_tai_${String(i).padStart(3, "0")}`;
      insertMember.run(username, username, `Thành viên đo tải ${i}`, `${username}@bench.invalid`, longAgo, passwordHash, longAgo, longAgo);
      members.push(username);
    }
    const authorId = (db.prepare(`SELECT "id" FROM "User" WHERE "usernameKey" = ?`).get(members[0]) as { id: number }).id;
    const categoryId = (db.prepare(`SELECT "id" FROM "Category" WHERE "slug" = 'thao-luan-chung'`).get() as { id: number }).id;
    for (let round = 0; round <= options.rounds; round++) {
      const slug = `do-tai-dang-tra-loi-luot-${round}`;
      const id = Number(
        db
          .prepare(`INSERT INTO "Thread" ("categoryId", "authorId", "title", "slug", "kind", "lastPostAt", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, 'discussion', ?, ?, ?)`)
          .run(categoryId, authorId, `Đo tải: đăng trả lời, lượt ${round}`, slug, now, now, now).lastInsertRowid,
      );
      db.prepare(`INSERT INTO "Post" ("threadId", "authorId", "number", "format", "source", "html", "status", "createdAt", "updatedAt") VALUES (?, ?, 1, 'markdown', ?, ?, 'visible', ?, ?)`).run(
        id,
        authorId,
        "Chủ đề để đo tải việc đăng trả lời.",
        "<p>Chủ đề để đo tải việc đăng trả lời.</p>",
        now,
        now,
      );
      db.prepare(`UPDATE "Category" SET "threadCount" = "threadCount" + 1 WHERE "id" = ?`).run(categoryId);
      postThreads.push({ id, slug });
    }
  })();
  const freshArticle = copyArticleWithoutReplies(db, facts.article!.id);
  const counts = db.prepare(`SELECT (SELECT count(*) FROM "Thread") AS threads, (SELECT count(*) FROM "Post" WHERE "number" > 1) AS replies, (SELECT count(*) FROM "User") AS members`).get() as BenchData["counts"];
  db.close();
  return {
    url: `file:${path.relative(ROOT, file)}`,
    article: { id: facts.article!.id, slug: facts.article!.slug, replies: facts.article!.replyCount },
    freshArticle,
    big: { id: facts.big!.id, slug: facts.big!.slug, replies: facts.big!.lastNumber - 1, lastPage: Math.ceil((facts.big!.lastNumber - 1) / 20) },
    postThreads,
    members,
    counts,
  };
}

/**
 * A second article thread: the article's row and opening post copied, with no
 * reply — the page a fresh install shows (page size moves the ratio to nginx).
 */
function copyArticleWithoutReplies(db: Database.Database, articleId: number): { id: number; slug: string } {
  const slug = "bai-bao-chua-co-phan-hoi";
  const columns = (table: string, skip: string[]) =>
    (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name).filter((n) => !skip.includes(n));
  const threadCols = columns("Thread", ["id", "slug", "importKey", "replyCount", "lastNumber"]);
  const list = (cols: string[]) => cols.map((c) => `"${c}"`).join(", ");
  const id = Number(
    db
      .prepare(`INSERT INTO "Thread" (${list(threadCols)}, "slug", "replyCount", "lastNumber") SELECT ${list(threadCols)}, ?, 0, 1 FROM "Thread" WHERE "id" = ?`)
      .run(slug, articleId).lastInsertRowid,
  );
  const postCols = columns("Post", ["id", "threadId"]);
  db.prepare(`INSERT INTO "Post" (${list(postCols)}, "threadId") SELECT ${list(postCols)}, ? FROM "Post" WHERE "threadId" = ? AND "number" = 1`).run(id, articleId);
  db.prepare(`UPDATE "Category" SET "threadCount" = "threadCount" + 1 WHERE "id" = (SELECT "categoryId" FROM "Thread" WHERE "id" = ?)`).run(id);
  return { id, slug };
}

/**
 * The same benchmark database on PostgreSQL: a template database holding
 * data/fake.db's rows (copied once with db:copy's code, kept between runs
 * while it is as generated), cloned for each run with CREATE DATABASE …
 * TEMPLATE, then given the same members, settings and posting threads as the
 * SQLite copy — through Prisma, so nothing here is engine-specific.
 */
export async function preparePostgresBenchDatabase(serverUrl: string, options: { members: number; rounds: number }): Promise<BenchData> {
  const templateUrl = withDatabase(serverUrl, "banluan_bench_fake");
  const benchUrl = withDatabase(serverUrl, "banluan_bench");
  const admin = createPrismaClient(withDatabase(serverUrl, "postgres"));
  try {
    const exists = await admin.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM pg_database WHERE datname = 'banluan_bench_fake'`);
    let asGenerated = false;
    if (exists.length > 0) {
      const template = createPrismaClient(templateUrl);
      try {
        asGenerated = isAsGenerated(await readFactsWith(template));
      } catch {
        asGenerated = false;
      } finally {
        await template.$disconnect();
      }
    }
    if (!asGenerated) {
      const source = ensureFakeDatabase();
      console.log("  Chép data/fake.db sang PostgreSQL làm mẫu (một lần; vài phút)…");
      await admin.$executeRawUnsafe(`DROP DATABASE IF EXISTS banluan_bench_fake WITH (FORCE)`);
      await admin.$executeRawUnsafe(`CREATE DATABASE banluan_bench_fake`);
      await copyDatabase(`file:${source}`, templateUrl, () => {});
    }
    const template = createPrismaClient(templateUrl);
    try {
      await migrateIfPending(template, templateUrl);
    } finally {
      await template.$disconnect();
    }
    await admin.$executeRawUnsafe(`DROP DATABASE IF EXISTS banluan_bench WITH (FORCE)`);
    await admin.$executeRawUnsafe(`CREATE DATABASE banluan_bench TEMPLATE banluan_bench_fake`);
  } finally {
    await admin.$disconnect();
  }

  const db = createPrismaClient(benchUrl);
  try {
    const facts = await readFactsWith(db);
    const { members, postThreads } = await addPostingFixtures(db, options);
    const counts = { threads: await db.thread.count(), replies: await db.post.count({ where: { number: { gt: 1 } } }), members: await db.user.count() };
    return {
      url: benchUrl,
      article: { id: facts.article!.id, slug: facts.article!.slug, replies: facts.article!.replyCount },
      big: { id: facts.big!.id, slug: facts.big!.slug, replies: facts.big!.lastNumber - 1, lastPage: Math.ceil((facts.big!.lastNumber - 1) / 20) },
      postThreads,
      members,
      counts,
    };
  } finally {
    await db.$disconnect();
  }
}

/**
 * What posting under load needs, on any engine, through Prisma: the reply
 * pace limits lifted (settings rows, as an administrator would set them),
 * `members` established members with BENCH_PASSWORD (do_tai_001…), and one
 * empty thread per round plus one (index 0: a warm-up's) in "Thảo luận chung".
 */
export async function addPostingFixtures(db: Db, options: { members: number; rounds: number }): Promise<{ members: string[]; postThreads: { id: number; slug: string }[] }> {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const longAgo = new Date(Date.now() - 30 * 86_400_000);
  const now = new Date();
  for (const [key, value] of [["replyIntervalSeconds", 0], ["newMemberReplyIntervalSeconds", 0], ["duplicateWindowMinutes", 0], ["approveFirstReplies", 0]] as const) {
    await db.setting.upsert({ where: { key }, create: { key, value: JSON.stringify(value) }, update: { value: JSON.stringify(value) } });
  }
  const members = Array.from({ length: options.members }, (_, i) => `do_tai_${String(i + 1).padStart(3, "0")}`);
  await db.user.createMany({
    data: members.map((username, i) => ({
      username,
      usernameKey: username,
      displayName: `Thành viên đo tải ${i + 1}`,
      displayNameKey: `thanh vien do tai ${i + 1}`,
      email: `${username}@bench.invalid`,
      emailVerifiedAt: longAgo,
      passwordHash,
      createdAt: longAgo,
    })),
  });
  const author = await db.user.findUniqueOrThrow({ where: { usernameKey: members[0] }, select: { id: true } });
  const category = await db.category.findUniqueOrThrow({ where: { slug: "thao-luan-chung" }, select: { id: true } });
  const postThreads: { id: number; slug: string }[] = [];
  for (let round = 0; round <= options.rounds; round++) {
    const slug = `do-tai-dang-tra-loi-luot-${round}`;
    const thread = await db.thread.create({
      data: { categoryId: category.id, authorId: author.id, title: `Đo tải: đăng trả lời, lượt ${round}`, slug, lastPostAt: now },
      select: { id: true },
    });
    await db.post.create({
      data: { threadId: thread.id, authorId: author.id, number: 1, source: "Chủ đề để đo tải việc đăng trả lời.", html: "<p>Chủ đề để đo tải việc đăng trả lời.</p>" },
    });
    await db.category.update({ where: { id: category.id }, data: { threadCount: { increment: 1 } } });
    postThreads.push({ id: thread.id, slug });
  }
  return { members, postThreads };
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function readFactsWith(db: Db): Promise<Facts> {
  const article = await db.thread.findFirst({ where: { kind: "article" }, orderBy: { id: "asc" }, select: { id: true, slug: true, replyCount: true, lastNumber: true } });
  const big = await db.thread.findFirst({ orderBy: { lastNumber: "desc" }, select: { id: true, slug: true, lastNumber: true } });
  const replies = await db.post.count({ where: { number: { gt: 1 } } });
  return { article: article ?? undefined, big: big ?? undefined, replies };
}
