// The search page's query string. Search answers any URL, so nothing here
// rejects: a malformed value falls back to its default (page 1, no filter)
// and the page still shows results or a message, never an error.
import { z } from "zod";
import { stripUnsafeControls } from "./unicode-text";

export const SEARCH_PERIODS = {
  // Their names are the search page's (messages/*/search.json).
  "7d": { days: 7 },
  "30d": { days: 30 },
  "1y": { days: 365 },
} as const;
export type SearchPeriod = keyof typeof SEARCH_PERIODS;

/** A repeated parameter (?q=a&q=b) counts once: the first. */
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const text = (max: number) =>
  z.preprocess(first, z.string().transform((s) => stripUnsafeControls(s).normalize("NFC").trim().slice(0, max))).catch("");

export const searchParamsSchema = z.object({
  // Generous here; lib/search/parse-query.ts decides how much of it is used.
  q: text(2000),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(1_000_000)).catch(1),
  thread: z.preprocess(first, z.coerce.number().int().positive().max(2_147_483_647)).optional().catch(undefined),
  member: text(64),
  period: z.preprocess(first, z.enum(["7d", "30d", "1y"])).optional().catch(undefined),
  hidden: z.preprocess(first, z.literal("1")).optional().catch(undefined).transform((v) => v === "1"),
  // Page links carry the rank key they continue from (lib/search/rank-key.ts
  // decides whether it is one); length-bounded here, malformed ignored there.
  after: z.preprocess(first, z.string().max(40)).optional().catch(undefined),
  before: z.preprocess(first, z.string().max(40)).optional().catch(undefined),
});

export type SearchParams = z.output<typeof searchParamsSchema>;

export function parseSearchParams(input: unknown): SearchParams {
  return searchParamsSchema.parse(typeof input === "object" && input !== null ? input : {});
}
