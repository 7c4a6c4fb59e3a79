// Categories, as administrators create and edit them (/mod/categories).
import { z } from "zod";
import { idSchema } from "./reply";
import { stripUnsafeControls } from "./unicode-text";
import { t } from "@/lib/i18n/text";

const name = z
  .string({ error: () => t("validation.categoryNameRequired") })
  .transform((s) => stripUnsafeControls(s).normalize("NFC").replace(/\s+/g, " ").trim())
  .pipe(z.string().min(2, { error: () => t("validation.categoryNameMin") }).max(60, { error: () => t("validation.categoryNameMax") }));

const description = z
  .string()
  .optional()
  .transform((s) => stripUnsafeControls(s ?? "").normalize("NFC").replace(/\s+/g, " ").trim())
  .pipe(z.string().max(300, { error: () => t("validation.categoryDescriptionMax") }))
  .transform((s) => s || null);

/** Lists sort by it, smallest first; left empty on creation, the category goes last. */
const position = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
  z.coerce
    .number({ error: () => t("validation.categoryPositionNumber") })
    .int({ error: () => t("validation.categoryPositionInteger") })
    .min(0, { error: () => t("validation.categoryPositionRange") })
    .max(1000, { error: () => t("validation.categoryPositionRange") })
    .optional(),
);

/** Who starts threads in it: members (and staff), or staff only (news: the articles they publish). */
const staffThreadsOnly = z.preprocess(
  (v) => (v === "" ? undefined : v),
  z
    .enum(["members", "staff"], { error: () => t("validation.categoryWhoStartsThreads") })
    .optional()
    // Left out: unchanged on an edit, members on creation.
    .transform((v) => (v === undefined ? undefined : v === "staff")),
);

export const createCategorySchema = z.object({ name, description, position, staffThreadsOnly });
export const updateCategorySchema = z.object({ categoryId: idSchema, name, description, position, staffThreadsOnly });
export const deleteCategorySchema = z.object({ categoryId: idSchema });
