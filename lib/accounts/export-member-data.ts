// "Dữ liệu của tôi": everything the forum holds about a member, as a zip —
// account.json (profile, sign-in methods, sessions, likes, reports they
// made, drafts, notifications, sanctions and moderation entries about them,
// their posts' list and edit history) and posts/<thread-id>-<post-number>.md,
// each post's Markdown source under a small header. Never other members'
// private data (who reported or liked them, moderators' notes), never
// password, token or session secrets. docs/accounts.md lists the fields.
import { strToU8, zipSync, type Zippable } from "fflate";
import type { Db } from "@/lib/db-client";
import { collectConversationData } from "@/lib/conversations/export-data";
import { ForbiddenError } from "@/lib/errors";
import type { Viewer } from "@/lib/permissions";
import { t } from "@/lib/i18n/text";

/** Built in memory: refused above this much text (a member would need tens of thousands of long posts). */
export const EXPORT_MAX_BYTES = 64 * 1024 * 1024;

export class ExportTooLargeError extends Error {
  constructor() {
    super(t("services.accountsExportTooLarge"));
    this.name = "ExportTooLargeError";
  }
}

export async function collectMemberData(db: Db, userId: number, ctx: { sessionId?: string; siteUrl?: string } = {}) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true, username: true, displayName: true, email: true, emailVerifiedAt: true, userTitle: true, avatarUrl: true,
      role: true, postCount: true, suspendedUntil: true, bannedAt: true, sanctionReason: true, heldAt: true,
      deletionRequestedAt: true, deletionDueAt: true, deletionMode: true, createdAt: true, updatedAt: true,
    },
  });
  const [accounts, sessions, reactions, reports, drafts, threadDraft, notifications, sanctions, logEntries, posts, revisions] = await Promise.all([
    db.oAuthAccount.findMany({ where: { userId }, select: { provider: true, providerAccountId: true, createdAt: true } }),
    db.session.findMany({ where: { userId }, select: { id: true, createdAt: true, expiresAt: true }, orderBy: { createdAt: "asc" } }),
    db.reaction.findMany({ where: { userId }, select: { postId: true, kind: true, createdAt: true, post: { select: { threadId: true, number: true } } }, orderBy: { id: "asc" } }),
    db.report.findMany({ where: { reporterId: userId }, select: { postId: true, reason: true, note: true, status: true, createdAt: true, resolvedAt: true }, orderBy: { id: "asc" } }),
    db.draft.findMany({ where: { userId }, select: { threadId: true, source: true, updatedAt: true } }),
    db.threadDraft.findUnique({ where: { userId }, select: { categoryId: true, title: true, source: true, updatedAt: true } }),
    db.notification.findMany({ where: { userId }, select: { kind: true, message: true, link: true, readAt: true, createdAt: true }, orderBy: { id: "asc" } }),
    db.sanction.findMany({ where: { userId }, select: { kind: true, reason: true, endsAt: true, liftedAt: true, createdAt: true }, orderBy: { id: "asc" } }),
    db.moderationLog.findMany({ where: { targetUserId: userId }, select: { action: true, targetType: true, targetId: true, reason: true, createdAt: true }, orderBy: { id: "asc" } }),
    db.post.findMany({
      where: { authorId: userId },
      select: {
        id: true, threadId: true, number: true, format: true, source: true, status: true, statusReason: true, ipHash: true,
        editCount: true, editedAt: true, reactionCount: true, createdAt: true, thread: { select: { title: true, slug: true } },
      },
      orderBy: { id: "asc" },
    }),
    db.postRevision.findMany({ where: { editorId: userId, post: { authorId: userId } }, select: { postId: true, source: true, createdAt: true }, orderBy: { id: "asc" } }),
  ]);
  const site = (ctx.siteUrl ?? "").replace(/\/$/, "");
  // Private conversations: what is the member's own (lib/conversations/export-data.ts).
  const conversations = await collectConversationData(db, userId);
  // Whether there is a password, never the hash.
  const hasPassword = (await db.user.count({ where: { id: userId, passwordHash: { not: null } } })) > 0;
  const account = {
    exportedAt: new Date().toISOString(),
    about: "Toàn bộ dữ liệu Bàn Luận lưu về bạn. Bài viết của bạn nằm trong thư mục posts/ (Markdown).",
    profile: user,
    signInMethods: { password: hasPassword, oauth: accounts },
    sessions: sessions.map((s) => ({ createdAt: s.createdAt, expiresAt: s.expiresAt, thisBrowser: s.id === ctx.sessionId })),
    reactions: reactions.map((r) => ({ postId: r.postId, threadId: r.post.threadId, postNumber: r.post.number, kind: r.kind, createdAt: r.createdAt })),
    reportsMade: reports,
    drafts,
    threadDraft,
    notifications,
    sanctions,
    moderationAboutYou: logEntries,
    posts: posts.map((p) => ({
      id: p.id, threadId: p.threadId, threadTitle: p.thread.title, number: p.number, status: p.status, statusReason: p.statusReason,
      createdAt: p.createdAt, editedAt: p.editedAt, editCount: p.editCount, reactionCount: p.reactionCount,
      /** The salted hash of the address it was posted from (the address itself is never stored). */
      ipHash: p.ipHash,
      file: postFileName(p),
      url: `${site}/posts/${p.id}`,
    })),
    revisions,
    conversations,
  };
  return { account, posts, site };
}

function postFileName(p: { threadId: number; number: number }): string {
  return `posts/${p.threadId}-${p.number}.md`;
}

/** A YAML-ish header line: the value JSON-quoted, so a title cannot break the header. */
const header = (key: string, value: unknown) => `${key}: ${JSON.stringify(value)}`;

export async function exportMemberZip(db: Db, viewer: Viewer | null, ctx: { sessionId?: string; siteUrl?: string } = {}): Promise<{ zip: Uint8Array; fileName: string }> {
  if (!viewer) throw new ForbiddenError(t("services.accountsExportLogIn"));
  const { account, posts, site } = await collectMemberData(db, viewer.id, ctx);
  const files: Zippable = {};
  let bytes = 0;
  const add = (name: string, text: string) => {
    const data = strToU8(text);
    bytes += data.length;
    if (bytes > EXPORT_MAX_BYTES) throw new ExportTooLargeError();
    files[name] = data;
  };
  add("account.json", JSON.stringify(account, null, 2) + "\n");
  for (const p of posts) {
    add(
      postFileName(p),
      [
        "---",
        header("thread", p.thread.title),
        header("post", p.number),
        header("url", `${site}/posts/${p.id}`),
        header("posted", p.createdAt.toISOString()),
        ...(p.editedAt ? [header("edited", p.editedAt.toISOString())] : []),
        header("status", p.status),
        ...(p.format !== "markdown" ? [header("format", p.format)] : []),
        "---",
        "",
        p.source,
        "",
      ].join("\n"),
    );
  }
  const date = new Date().toISOString().slice(0, 10);
  return { zip: zipSync(files, { level: 6 }), fileName: `banluan-du-lieu-${viewer.username}-${date}.zip` };
}
