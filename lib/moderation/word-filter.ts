// Administrators' word filter. Phrases and text are compared folded (lower
// case, no diacritics, đ→d), so "đồ ngốc", "do ngoc" and "ĐỒ NGỐC" all match;
// a phrase matches whole words only, so "ngu" does not catch "nguyên".
import "server-only";
import { db } from "@/lib/db";
import { foldVietnamese } from "@/lib/slug";
import { assertCan, canManageSettings, type Viewer } from "@/lib/permissions";
import { InvalidInputError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { idOnlySchema, wordFilterSchema } from "@/lib/validation/moderation";
import { logModAction } from "./log-action";

export type FilterVerdict = { action: "refuse" | "queue"; phrase: string } | null;

type Rule = { phrase: string; phraseKey: string; action: string };

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The strictest rule the text breaks: refusing beats queueing. */
export function matchWordFilter(text: string, rules: Rule[]): FilterVerdict {
  const folded = foldVietnamese(text.normalize("NFC"));
  let verdict: FilterVerdict = null;
  for (const rule of rules) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(rule.phraseKey).replace(/ /g, "\\s+")}(?![\\p{L}\\p{N}])`, "u");
    if (!pattern.test(folded)) continue;
    if (rule.action === "refuse") return { action: "refuse", phrase: rule.phrase };
    verdict ??= { action: "queue", phrase: rule.phrase };
  }
  return verdict;
}

export async function checkWordFilter(text: string): Promise<FilterVerdict> {
  const rules = await db.wordFilter.findMany({ select: { phrase: true, phraseKey: true, action: true } });
  return rules.length ? matchWordFilter(text, rules) : null;
}

export async function listWordFilters() {
  return db.wordFilter.findMany({ orderBy: { phrase: "asc" } });
}

export async function addWordFilter(viewer: Viewer | null, input: unknown) {
  const { phrase, action } = parseInput(wordFilterSchema, input);
  assertCan(canManageSettings(viewer));
  const phraseKey = foldVietnamese(phrase);
  if (await db.wordFilter.findUnique({ where: { phraseKey } })) {
    throw new InvalidInputError(`“${phrase}” (hoặc dạng không dấu của nó) đã có trong danh sách.`, { phrase: "Đã có." });
  }
  return db.$transaction(async (tx) => {
    const rule = await tx.wordFilter.create({ data: { phrase, phraseKey, action } });
    await logModAction(tx, { actorId: viewer!.id, action: "filter.add", targetType: "filter", targetId: rule.id, details: { phrase, action } });
    return rule;
  });
}

export async function removeWordFilter(viewer: Viewer | null, input: unknown) {
  const { id } = parseInput(idOnlySchema, input);
  assertCan(canManageSettings(viewer));
  const rule = await db.wordFilter.findUnique({ where: { id } });
  if (!rule) throw new InvalidInputError("Từ lọc không tồn tại.");
  await db.$transaction(async (tx) => {
    await tx.wordFilter.delete({ where: { id } });
    await logModAction(tx, { actorId: viewer!.id, action: "filter.remove", targetType: "filter", targetId: id, details: { phrase: rule.phrase } });
  });
}
