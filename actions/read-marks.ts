"use server";
// "Đánh dấu đã đọc" for a category or the whole forum (lib/forum/read-marks.ts).
import { fields, formAction, inPlace } from "@/lib/next/action";
import { markRead } from "@/lib/forum/read-marks";
import { t } from "@/lib/i18n/text";

export const markReadAction = formAction({
  input: (form) => fields(form, ["categoryId"]),
  service: markRead,
  // Read marks show only to their member, in pages rendered per request: nothing cached to expire.
  answer: (result) =>
    inPlace(result.category ? t("services.forumCategoryMarkedRead") : t("services.forumForumMarkedRead")),
});
