// Idempotent posting: every reply box and new-thread form carries a random
// token, stored (unique) with the post it creates. A form sent twice — a
// double click, a resent request after a network error — answers with the
// post the first submission created, even when both arrive at once.
import "server-only";
import { db } from "@/lib/db";
import { sqliteDirect } from "@/lib/db/sqlite-direct";
import { postByTokenSqlite } from "./token-post-sqlite";
import { InvalidInputError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PostKind } from "./posting-rules";
import { t } from "@/lib/i18n/text";

export type TokenPost = { id: number; number: number; status: string; thread: { id: number; slug: string } };

/**
 * The post an earlier submission of this form created, or null. Tokens are
 * random per form: one that is another member's, or another kind of post's
 * (a reply's token sent to the new-thread form), is refused.
 */
export async function findPostByToken(clientToken: string, authorId: number, kind: PostKind): Promise<TokenPost | null> {
  const direct = sqliteDirect(db);
  const post = direct
    ? await postByTokenSqlite(direct, clientToken)
    : await db.post.findUnique({
        where: { clientToken },
        select: { id: true, number: true, status: true, authorId: true, thread: { select: { id: true, slug: true } } },
      });
  if (!post) return null;
  if (post.authorId !== authorId || (post.number === 1) !== (kind === "thread")) {
    throw new InvalidInputError(t("services.formExpired"));
  }
  return { id: post.id, number: post.number, status: post.status, thread: post.thread };
}

/**
 * Runs the write; when a concurrent submission of the same form won the race
 * (the unique token refused this one's post, rolling its transaction back),
 * answers with the winner's post instead.
 */
export async function writeOnce<T>(
  write: () => Promise<T>,
  form: { clientToken: string; authorId: number; kind: PostKind },
  answer: (winner: TokenPost) => T,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await findPostByToken(form.clientToken, form.authorId, form.kind);
      if (winner) return answer(winner);
    }
    throw error;
  }
}

/**
 * The posting rules for a form — unless the same form went through meanwhile
 * (a double submit racing itself past the token check above): then the post
 * it made. The twin's own rules would refuse it only because the first one
 * went in (the pace, the duplicate-text window), and the member would read
 * "too fast" about a reply that was in fact posted.
 */
export async function rulesUnlessPosted<T>(
  rules: () => Promise<T>,
  form: { clientToken: string; authorId: number; kind: PostKind },
): Promise<{ passed: T } | { winner: TokenPost }> {
  try {
    return { passed: await rules() };
  } catch (error) {
    const winner = await findPostByToken(form.clientToken, form.authorId, form.kind);
    if (winner) return { winner };
    throw error;
  }
}
