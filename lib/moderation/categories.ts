// Administrators create, edit and delete categories. A category's address
// (its slug) is made from its name once, at creation, and then kept: renaming
// a category never breaks a link to it. Only an empty category can be deleted
// (threads are moved out first, with the thread tools), and never the last one.
import "server-only";
import { db } from "@/lib/db";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { assertCan, canManageCategories, type Viewer } from "@/lib/permissions";
import { foldVietnamese, slugify } from "@/lib/slug";
import { parseInput } from "@/lib/validation/parse-input";
import { createCategorySchema, deleteCategorySchema, updateCategorySchema } from "@/lib/validation/category";
import { logModAction } from "@/lib/mod-log/log-action";
import { t } from "@/lib/i18n/text";

/** Two categories whose names differ only by case or accents would confuse readers. */
async function assertNameFree(name: string, exceptId?: number): Promise<void> {
  const folded = foldVietnamese(name);
  const others = await db.category.findMany({ where: exceptId ? { id: { not: exceptId } } : {}, select: { name: true } });
  if (others.some((c) => foldVietnamese(c.name) === folded)) {
    throw new InvalidInputError(t("services.moderationCategoryNameTaken", { name }), { name: t("services.moderationNameTakenField") });
  }
}

async function freeSlug(name: string): Promise<string> {
  const base = slugify(name, 60);
  const taken = new Set((await db.category.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((c) => c.slug));
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

export async function createCategory(viewer: Viewer | null, input: unknown) {
  const { name, description, position, staffThreadsOnly } = parseInput(createCategorySchema, input);
  assertCan(canManageCategories(viewer));
  await assertNameFree(name);
  const slug = await freeSlug(name);
  const last = await db.category.aggregate({ _max: { position: true } });
  return db.$transaction(async (tx) => {
    const category = await tx.category.create({ data: { name, slug, description, staffThreadsOnly: staffThreadsOnly ?? false, position: position ?? (last._max.position ?? -1) + 1 } });
    await logModAction(tx, { actorId: viewer!.id, action: "category.create", targetType: "category", targetId: category.id, details: { name } });
    return category;
  });
}

export async function updateCategory(viewer: Viewer | null, input: unknown) {
  const { categoryId, ...values } = parseInput(updateCategorySchema, input);
  assertCan(canManageCategories(viewer));
  const category = await db.category.findUnique({ where: { id: categoryId } });
  if (!category) throw new NotFoundError(t("services.categoryMissing"));
  const next = {
    name: values.name,
    description: values.description,
    position: values.position ?? category.position,
    staffThreadsOnly: values.staffThreadsOnly ?? category.staffThreadsOnly,
  };
  const changes = Object.fromEntries(
    (Object.keys(next) as (keyof typeof next)[]).filter((key) => next[key] !== category[key]).map((key) => [key, { from: category[key], to: next[key] }]),
  );
  if (Object.keys(changes).length === 0) throw new InvalidInputError(t("services.moderationCategoryUnchanged"));
  if (changes.name) await assertNameFree(next.name, category.id);
  return db.$transaction(async (tx) => {
    const updated = await tx.category.update({ where: { id: category.id }, data: next });
    await logModAction(tx, { actorId: viewer!.id, action: "category.update", targetType: "category", targetId: category.id, details: changes });
    return updated;
  });
}

export async function deleteCategory(viewer: Viewer | null, input: unknown) {
  const { categoryId } = parseInput(deleteCategorySchema, input);
  assertCan(canManageCategories(viewer));
  const category = await db.category.findUnique({ where: { id: categoryId } });
  if (!category) throw new NotFoundError(t("services.categoryMissing"));
  // Counted from the rows, not the counter: a thread must never lose its category.
  const threads = await db.thread.count({ where: { categoryId } });
  if (threads > 0) {
    throw new InvalidInputError(t("services.moderationCategoryNotEmpty", { name: category.name, threads }));
  }
  if ((await db.category.count()) <= 1) throw new InvalidInputError(t("services.moderationLastCategory"));
  await db.$transaction(async (tx) => {
    await tx.category.delete({ where: { id: category.id } });
    await logModAction(tx, { actorId: viewer!.id, action: "category.delete", targetType: "category", targetId: category.id, details: { name: category.name } });
  });
  return category;
}
