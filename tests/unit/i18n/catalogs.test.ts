// The message catalogs (messages/<locale>/<namespace>.json) against each
// other and against the code: every key in both languages, every key used
// somewhere and every key used defined, the same placeholders in both
// languages, every message valid ICU. Keys are referenced whole, as string
// literals — t("thread.replyCount") — which is what makes this check possible
// (docs/i18n.md).
import fs from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { LOCALES } from "@/lib/i18n/locales";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const MESSAGES = path.join(ROOT, "messages");
const SOURCE_DIRS = ["app", "components", "lib", "actions", "scripts"];
/** A translation call with its key written whole: t("ns.key"), t.rich("ns.key"…), t.markup, t.raw, t.has. */
const KEY_REFERENCE = /\bt(?:\.rich|\.markup|\.raw|\.has)?\(\s*["'`]([A-Za-z0-9_]+\.[A-Za-z0-9_.]+)["'`]/g;

type Catalog = Record<string, unknown>;

function flatten(value: Catalog, prefix: string, into: Map<string, string>): Map<string, string> {
  for (const [key, v] of Object.entries(value)) {
    const name = `${prefix}.${key}`;
    if (typeof v === "string") into.set(name, v);
    else if (v && typeof v === "object") flatten(v as Catalog, name, into);
    else throw new Error(`${name}: neither a message nor a group`);
  }
  return into;
}

function catalogFiles(locale: string): Map<string, string> {
  const keys = new Map<string, string>();
  for (const file of fs.readdirSync(path.join(MESSAGES, locale)).filter((f) => f.endsWith(".json"))) {
    const json = JSON.parse(fs.readFileSync(path.join(MESSAGES, locale, file), "utf8")) as Catalog;
    flatten(json, path.basename(file, ".json"), keys);
  }
  return keys;
}

/** The arguments a message takes ({name}, {count, plural, …}), nested ones included, with their kind. */
function placeholders(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) found.add(`${el.value}:${el.type}`);
      else if (el.type === TYPE.plural || el.type === TYPE.select) {
        found.add(`${el.value}:${el.type}`);
        for (const option of Object.values(el.options)) walk(option.value);
      } else if (el.type === TYPE.tag) {
        found.add(`<${el.value}>`);
        walk(el.children);
      }
    }
  };
  walk(parse(message));
  return [...found].sort();
}

function sourceFiles(dir: string, into: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(full, into);
    else if (/\.(tsx?|mjs)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) into.push(full);
  }
  return into;
}

function referencedKeys(): Map<string, string> {
  const where = new Map<string, string>();
  for (const dir of SOURCE_DIRS) {
    for (const file of sourceFiles(path.join(ROOT, dir))) {
      // Comments name keys as examples: only code counts.
      const text = fs.readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
      for (const match of text.matchAll(KEY_REFERENCE)) if (!where.has(match[1])) where.set(match[1], path.relative(ROOT, file));
    }
  }
  return where;
}

const byLocale = Object.fromEntries(LOCALES.map((locale) => [locale, catalogFiles(locale)])) as Record<string, Map<string, string>>;
const vi = byLocale.vi;

describe("message catalogs", () => {
  it("has the same namespace files in every language, each loaded by lib/i18n/catalogs.ts", () => {
    const names = (locale: string) => fs.readdirSync(path.join(MESSAGES, locale)).filter((f) => f.endsWith(".json")).map((f) => path.basename(f, ".json")).sort();
    for (const locale of LOCALES) {
      expect(names(locale), locale).toEqual(names("vi"));
      expect(Object.keys(CATALOGS[locale]).sort(), `lib/i18n/catalogs.ts, ${locale}`).toEqual(names(locale));
    }
  });

  it("has every key in both languages", () => {
    for (const locale of LOCALES) {
      const other = byLocale[locale];
      expect([...vi.keys()].filter((k) => !other.has(k)), `missing in ${locale}`).toEqual([]);
      expect([...other.keys()].filter((k) => !vi.has(k)), `in ${locale} but not in vi`).toEqual([]);
    }
  });

  it("has no empty message", () => {
    for (const locale of LOCALES) expect([...byLocale[locale]].filter(([, m]) => m.trim() === "").map(([k]) => k), locale).toEqual([]);
  });

  it("has valid ICU messages with the same placeholders in both languages", () => {
    const differ: string[] = [];
    for (const [key, message] of vi) {
      for (const locale of LOCALES) {
        const other = byLocale[locale].get(key);
        if (other === undefined) continue;
        if (placeholders(other).join() !== placeholders(message).join()) differ.push(`${key} (${locale}: ${placeholders(other).join(" ")} ≠ vi: ${placeholders(message).join(" ")})`);
      }
    }
    expect(differ).toEqual([]);
  });

  it("uses every key, and defines every key used", () => {
    const used = referencedKeys();
    expect([...vi.keys()].filter((k) => !used.has(k)), "keys no source file references").toEqual([]);
    expect([...used].filter(([k]) => !vi.has(k)).map(([k, file]) => `${k} (${file})`), "keys used but not defined").toEqual([]);
  });
});

describe("placeholder check", () => {
  it("sees arguments, plural arguments and tags, nested ones too", () => {
    expect(placeholders("{count, plural, other {# trả lời của {name}}}")).toEqual(["count:6", "name:1"]);
    expect(placeholders("Xin chào <b>{name}</b>")).toEqual(["<b>", "name:1"]);
    expect(placeholders("{n, number}")).not.toEqual(placeholders("{n}"));
  });
});
