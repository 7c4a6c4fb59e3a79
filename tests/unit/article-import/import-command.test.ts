// The import command end to end: dry run output, publishing into a real SQLite
// database, re-import updating instead of duplicating, and bad input refused
// with one line, a non-zero exit and nothing written.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../../..");
const SEED = path.join(ROOT, "prisma/seed-data/ai-race-article.txt");
const OTHER = path.join(ROOT, "tests/fixtures/articles/xe-dien-mien-tay.txt");
const OTHER_CRLF = path.join(ROOT, "tests/fixtures/articles/dien-thoai-gap.crlf.txt");

let dir: string;
let dbFile: string;

function runImport(args: string[]) {
  return spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/import-article.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: `file:${dbFile}`, CHECKPOINT_DISABLE: "1", UPLOADS_DIR: path.join(dir, "uploads") },
    timeout: 60_000,
  });
}

function query<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "banluan-import-"));
  dbFile = path.join(dir, "forum.db");
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("npm run import:article -- FILE --dry-run", () => {
  it("prints exactly the expected fields for the seed and writes nothing", () => {
    const result = runImport([SEED, "--dry-run"]);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual([
      "title", "author", "userTitle", "replyCount", "lead", "blocks", "source", "sourceUrl", "publishedAt",
    ]);
    expect(json).toMatchObject({
      title: "Mỹ đầu tư AI gấp 6 lần, nhưng Trung Quốc vẫn áp đảo nhờ điều này",
      author: "Nguyễn Hoàng",
      userTitle: "Intern Writer",
      replyCount: 0,
      source: "japantimes",
      sourceUrl: "https://www.vnreview.vn/threads/my-dau-tu-ai-gap-6-lan-nhung-trung-quoc-van-ap-dao-nho-dieu-nay.65825/",
      publishedAt: "2025-07-25T09:37:18.703Z",
    });
    expect(fs.existsSync(dbFile)).toBe(false);
  });
});

describe("publishing", () => {
  it("publishes, then updates the same thread on re-import", () => {
    const first = runImport([OTHER]);
    expect(first.stderr).not.toMatch(/Lỗi/);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/Đã đăng chủ đề #\d+: http:\/\/localhost:\d+\/threads\/xe-dien-ve-mien-tay-tram-sac-di-truoc-hay-nguoi-mua-di-truoc\.\d+/);

    // The first run also prepared the database (the bundled article + this one).
    const threads = query<{ id: number; title: string; kind: string; replyCount: number }>(
      "SELECT id, title, kind, replyCount FROM Thread ORDER BY id",
    );
    expect(threads.map((t) => t.title)).toEqual([
      "Mỹ đầu tư AI gấp 6 lần, nhưng Trung Quốc vẫn áp đảo nhờ điều này",
      "Xe điện về miền Tây: trạm sạc đi trước hay người mua đi trước?",
    ]);
    // The page's "Phản hồi: 12" is the source's count; the live count is the database's.
    expect(threads[1].replyCount).toBe(0);

    const again = runImport([OTHER]);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/^Đã cập nhật chủ đề #2:/m);
    expect(query("SELECT id FROM Thread")).toHaveLength(2);
    expect(query("SELECT id FROM Post WHERE threadId = 2")).toHaveLength(1);

    // The author is a member profile without a password, with the user title (none here).
    const authors = query<{ displayName: string; userTitle: string | null; passwordHash: string | null; postCount: number }>(
      "SELECT displayName, userTitle, passwordHash, postCount FROM User ORDER BY id",
    );
    expect(authors).toEqual([
      { displayName: "Nguyễn Hoàng", userTitle: "Intern Writer", passwordHash: null, postCount: 1 },
      { displayName: "Lê Quốc Bảo", userTitle: null, passwordHash: null, postCount: 1 },
    ]);
  });

  it("keeps attachments in step with the article's images", () => {
    const result = runImport([OTHER_CRLF]);
    expect(result.status).toBe(0);
    const id = Number(/#(\d+)/.exec(result.stdout)![1]);
    const files = query<{ filename: string; storagePath: string | null }>(
      "SELECT a.filename, a.storagePath FROM Attachment a JOIN Post p ON p.id = a.postId WHERE p.threadId = ? ORDER BY a.position",
      id,
    );
    expect(files.length).toBe(2);
    expect(files.every((f) => f.storagePath === null)).toBe(true);
  });
});

describe("--images DIR", () => {
  it("shows the article's picture in place when its file is in DIR; the placeholder stays otherwise", async () => {
    const sharp = (await import("sharp")).default;
    const images = path.join(dir, "images");
    fs.mkdirSync(images, { recursive: true });
    const bytes = await sharp({ create: { width: 1400, height: 800, channels: 3, background: "#2a6" } }).png().toBuffer();
    // The other article's two files: only one given.
    const named = query<{ filename: string }>("SELECT a.filename FROM Attachment a JOIN Post p ON p.id = a.postId JOIN Thread t ON t.id = p.threadId WHERE t.id = 3 ORDER BY a.position");
    fs.writeFileSync(path.join(images, named[0].filename), bytes);
    const result = runImport([OTHER_CRLF, "--images", images]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(new RegExp(`^Ảnh: 1 tệp có trong .*; không có: ${named[1].filename.replace(".", "\\.")}$`, "m"));
    const [post] = query<{ html: string }>("SELECT html FROM Post WHERE threadId = 3 AND number = 1");
    expect(post.html).toMatch(/<figure class="attachment" data-filename="[^"]+"><a class="post-picture" href="\/uploads\/[a-f0-9]{64}\/full\.webp"[^>]*><img [^>]*width="1400" height="800" loading="lazy"/);
    expect(post.html).toContain("attachment--missing");
    const files = query<{ storagePath: string | null; width: number | null }>("SELECT a.storagePath, a.width FROM Attachment a JOIN Post p ON p.id = a.postId WHERE p.threadId = 3 ORDER BY a.position");
    expect(files[0]).toMatchObject({ width: 1400 });
    expect(files[0].storagePath).toMatch(/^[a-f0-9]{64}$/);
    expect(files[1]).toEqual({ storagePath: null, width: null });
    expect(fs.existsSync(path.join(dir, "uploads", files[0].storagePath!.slice(0, 2), files[0].storagePath!, "full.webp"))).toBe(true);
  });
});

describe("bad input", () => {
  const cases: Array<[string, () => string]> = [
    ["a missing file", () => path.join(dir, "khong-co.txt")],
    ["an empty file", () => write("empty.txt", "")],
    ["a file with no title", () => write("blank.txt", "\n\n   \n")],
    ["binary data", () => write("binary.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))],
    ["invalid UTF-8", () => write("latin1.txt", Buffer.from("Ti\xeau \xf0\xe8 b\xe0i vi\xeat\n", "latin1"))],
    ["a file over 2 MB", () => write("huge.txt", "Tiêu đề\n\n" + "a".repeat(2 * 1024 * 1024 + 1))],
  ];

  function write(name: string, content: string | Buffer): string {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  }

  for (const [label, makeFile] of cases) {
    it(`refuses ${label} with one line and writes nothing`, () => {
      const before = fs.existsSync(dbFile) ? fs.statSync(dbFile).mtimeMs : null;
      const counts = before === null ? null : query("SELECT (SELECT count(*) FROM Thread) t, (SELECT count(*) FROM Post) p");
      const result = runImport([makeFile()]);
      expect(result.status).not.toBe(0);
      expect(result.stdout).toBe("");
      const lines = result.stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^Lỗi: /);
      if (counts) expect(query("SELECT (SELECT count(*) FROM Thread) t, (SELECT count(*) FROM Post) p")).toEqual(counts);
    });
  }
});

it("the tsx binary exists (sanity for the tests above)", () => {
  expect(execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), ["--version"], { encoding: "utf8" })).toMatch(/tsx/);
});
