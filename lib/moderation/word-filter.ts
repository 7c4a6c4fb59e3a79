// Administrators' word filter: the list of phrases and what each does. How a
// post's text is checked against it is a posting rule (lib/forum/word-filter-check.ts).
import "server-only";
import { db } from "@/lib/db";
import { foldVietnamese } from "@/lib/slug";
import { assertCan, canManageSettings, type Viewer } from "@/lib/permissions";
import { InvalidInputError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { idOnlySchema, wordFilterSchema } from "@/lib/validation/moderation";
import { logModAction } from "@/lib/mod-log/log-action";
import { t } from "@/lib/i18n/text";

export async function listWordFilters() {
  return db.wordFilter.findMany({ orderBy: { phrase: "asc" } });
}

export async function addWordFilter(viewer: Viewer | null, input: unknown) {
  const { phrase, action } = parseInput(wordFilterSchema, input);
  assertCan(canManageSettings(viewer));
  const phraseKey = foldVietnamese(phrase);
  if (await db.wordFilter.findUnique({ where: { phraseKey } })) {
    throw new InvalidInputError(t("services.moderationPhraseExists", { phrase }), { phrase: t("services.moderationPhraseExistsField") });
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
  if (!rule) throw new InvalidInputError(t("services.moderationRuleMissing"));
  await db.$transaction(async (tx) => {
    await tx.wordFilter.delete({ where: { id } });
    await logModAction(tx, { actorId: viewer!.id, action: "filter.remove", targetType: "filter", targetId: id, details: { phrase: rule.phrase } });
  });
}
