// The multi-quote selection without JavaScript: the posts a member collected
// ride in a cookie ("<threadId>:<id>-<id>…"), so it survives the page changes
// of a long thread. One thread at a time, like XenForo's: collecting in
// another thread starts a new selection. Only ids: the quotes themselves are
// built from the database when inserted (lib/forum/multi-quote.ts).
import "server-only";
import { cookies } from "next/headers";
import { MULTI_QUOTE_MAX } from "@/lib/validation/multi-quote-limits";

const NAME = "banluan-multi-quote";
const secure = () => /^https:/.test(process.env.AUTH_URL ?? process.env.SITE_URL ?? "");

/** The posts selected in this thread (none when the cookie is for another thread, or unreadable). */
export async function selectedQuotes(threadId: number): Promise<number[]> {
  const raw = (await cookies()).get(NAME)?.value ?? "";
  const match = /^(\d{1,12}):([\d-]{0,400})$/.exec(raw);
  if (!match || Number(match[1]) !== threadId) return [];
  return match[2]
    .split("-")
    .map(Number)
    .filter((n) => Number.isSafeInteger(n) && n > 0)
    .slice(0, MULTI_QUOTE_MAX);
}

export async function keepSelectedQuotes(threadId: number, postIds: readonly number[]): Promise<void> {
  const jar = await cookies();
  if (postIds.length === 0) {
    jar.set(NAME, "", { httpOnly: true, sameSite: "lax", path: "/", maxAge: 0, secure: secure() });
    return;
  }
  // A day: a selection is for the reply being written, not a bookmark.
  jar.set(NAME, `${threadId}:${postIds.join("-")}`, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 86_400, secure: secure() });
}

export async function forgetSelectedQuotes(threadId: number): Promise<void> {
  if ((await selectedQuotes(threadId)).length > 0) await keepSelectedQuotes(threadId, []);
}
