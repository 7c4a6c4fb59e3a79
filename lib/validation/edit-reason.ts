// "Lý do sửa": an optional short line the editor gives with an edit, stored
// in PostRevision.reason and shown in the post's history (and, for staff
// editing someone else's post, in the moderation log).
import { z } from "zod";
import { EDIT_REASON_MAX } from "./edit-limits";
import { stripUnsafeControls } from "./unicode-text";
import { t } from "@/lib/i18n/text";

const TOO_LONG = () => t("validation.editReasonTooLong", { max: EDIT_REASON_MAX });

/** Absent or blank: no reason (undefined). Otherwise NFC, one line, trimmed, bounded. */
export const editReasonSchema = z
  .string({ error: () => t("validation.editReasonInvalid") })
  .max(EDIT_REASON_MAX * 4, { error: TOO_LONG })
  .optional()
  .transform((s) => {
    const line = stripUnsafeControls(s ?? "").normalize("NFC").replace(/\s+/g, " ").trim();
    return line === "" ? undefined : line;
  })
  .pipe(z.string().max(EDIT_REASON_MAX, { error: TOO_LONG }).optional());
