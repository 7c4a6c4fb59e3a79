// Multi-quote input (issue 20.15): the posts a member collected in one
// thread, from the browser's storage (JavaScript) or the selection cookie.
import { z } from "zod";
import { idSchema } from "./reply";
import { MULTI_QUOTE_MAX } from "./multi-quote-limits";
import { t } from "@/lib/i18n/text";

export const multiQuoteSchema = z.object({
  threadId: idSchema,
  postIds: z
    .array(idSchema, { error: () => t("validation.multiQuoteListInvalid") })
    .max(MULTI_QUOTE_MAX, { error: () => t("validation.multiQuoteTooMany", { max: MULTI_QUOTE_MAX }) }),
});

export const multiQuoteToggleSchema = z.object({ threadId: idSchema, postId: idSchema });
