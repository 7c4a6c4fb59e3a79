// The /members list's query string: which list (newest, most posts, staff),
// a name to look for, the page. Anything else falls back to the defaults, so
// any URL answers with a list, never an error page.
import { z } from "zod";

export const MEMBER_LISTS = ["newest", "posts", "staff"] as const;
export type MemberList = (typeof MEMBER_LISTS)[number];

const membersQuerySchema = z.object({
  list: z.enum(MEMBER_LISTS).catch("newest"),
  q: z
    .string()
    .catch("")
    .transform((s) => s.normalize("NFC").trim().slice(0, 60)),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type MembersQuery = z.infer<typeof membersQuerySchema>;

export function parseMembersQuery(params: Record<string, string | string[] | undefined>): MembersQuery {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return membersQuerySchema.parse({ list: one(params.list) ?? "newest", q: one(params.q) ?? "", page: one(params.page) ?? 1 });
}
