// "Đánh dấu đã đọc": one category, or (no category) the whole forum.
import { z } from "zod";
import { idSchema } from "./reply";

export const markReadSchema = z.object({
  // An empty field means the whole forum.
  categoryId: z.preprocess((v) => (v === "" || v === undefined ? undefined : v), idSchema.optional()),
});
