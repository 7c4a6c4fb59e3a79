// The command-line tools speak Vietnamese, or English when the operator's
// environment says so (LANG=en_US.UTF-8, or LC_ALL / LC_MESSAGES naming an
// English locale): lib/i18n/cli-locale.ts, and the commands end to end.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cliLocale, runInCliLocale } from "@/lib/i18n/cli-locale";
import { t } from "@/lib/i18n/text";

const ROOT = path.resolve(import.meta.dirname, "../../..");

function run(script: string, args: string[], lang: Record<string, string>) {
  const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: "1", ...lang };
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) if (!(name in lang)) delete env[name];
  return spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), [script, ...args], { cwd: ROOT, encoding: "utf8", env, timeout: 60_000 });
}

describe("cliLocale", () => {
  it("is English when the language variable starts with en, Vietnamese otherwise", () => {
    expect(cliLocale({ LANG: "en_US.UTF-8" })).toBe("en");
    expect(cliLocale({ LANG: "en" })).toBe("en");
    expect(cliLocale({ LANG: "vi_VN.UTF-8" })).toBe("vi");
    expect(cliLocale({ LANG: "C.UTF-8" })).toBe("vi");
    expect(cliLocale({})).toBe("vi");
    // POSIX precedence; "C" names no language.
    expect(cliLocale({ LC_ALL: "vi_VN.UTF-8", LANG: "en_GB.UTF-8" })).toBe("vi");
    expect(cliLocale({ LC_ALL: "C", LANG: "en_GB.UTF-8" })).toBe("en");
    expect(cliLocale({ LC_MESSAGES: "en_GB.UTF-8", LANG: "vi_VN.UTF-8" })).toBe("en");
  });

  it("runs a command with t() in that language", async () => {
    expect(runInCliLocale(() => t("cli.purgeNone"), { LANG: "en_US.UTF-8" })).toBe("No account is due for deletion.");
    expect(runInCliLocale(() => t("cli.purgeNone"), { LANG: "C.UTF-8" })).toBe("Không có tài khoản nào đến hạn xóa.");
    // Across awaits too.
    const later = await runInCliLocale(async () => {
      await new Promise((r) => setTimeout(r, 1));
      return t("cli.purgeNone");
    }, { LANG: "en" });
    expect(later).toBe("No account is due for deletion.");
  });
});

describe("the commands' messages", () => {
  it("import:article: a missing file, and an empty one, in English with LANG=en and in Vietnamese by default", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "banluan-cli-"));
    try {
      const missing = path.join(dir, "khong-co.txt");
      const en = run("scripts/import-article.ts", [missing], { LANG: "en_US.UTF-8" });
      expect(en.status).toBe(1);
      expect(en.stderr.trim()).toBe(`Error: File not found: ${missing}`);
      const vi = run("scripts/import-article.ts", [missing], {});
      expect(vi.status).toBe(1);
      expect(vi.stderr.trim()).toBe(`Lỗi: Không tìm thấy tệp: ${missing}`);

      const empty = path.join(dir, "rong.txt");
      fs.writeFileSync(empty, "\n\n");
      expect(run("scripts/import-article.ts", [empty, "--dry-run"], { LANG: "en_GB.UTF-8" }).stderr.trim()).toBe("Error: The file is empty: there is nothing to import.");
      expect(run("scripts/import-article.ts", [], { LANG: "en_GB.UTF-8" }).stderr.trim()).toBe(
        "Error: usage: npm run import:article -- FILE [--dry-run] [--category SLUG] [--images FOLDER]",
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("user:create: its usage and refusals in English with LANG=en", () => {
    const en = run("scripts/user-create.ts", ["--bogus"], { LANG: "en_US.UTF-8" });
    expect(en.status).toBe(2);
    expect(en.stderr).toContain('Usage: USER_PASSWORD=… npm run user:create -- --email E --username U --role member|moderator|admin [--name "Display name"]');
    const vi = run("scripts/user-create.ts", ["--bogus"], {});
    expect(vi.stderr).toContain('Cách dùng: USER_PASSWORD=… npm run user:create');
  });
});
