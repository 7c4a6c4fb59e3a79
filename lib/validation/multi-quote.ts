// Multi-quote input (issue 20.15): the posts a member collected in one
// thread, from the browser's storage (JavaScript) or the selection cookie.
import { z } from "zod";
import { idSchema } from "./reply";
import { MULTI_QUOTE_MAX } from "./multi-quote-limits";

export const multiQuoteSchema = z.object({
  threadId: idSchema,
  postIds: z
    .array(idSchema, { error: "Danh sách trích dẫn không hợp lệ." })
    .max(MULTI_QUOTE_MAX, { error: `Chỉ chèn được tối đa ${MULTI_QUOTE_MAX} trích dẫn một lần.` }),
});

export const multiQuoteToggleSchema = z.object({ threadId: idSchema, postId: idSchema });
