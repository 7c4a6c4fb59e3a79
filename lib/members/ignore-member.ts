// "Bỏ qua" a member, and the list at /account/ignored. The lookups the
// features share are in ignore.ts.
import type { ServiceContext } from "@/lib/service-context";
import { contextDb } from "@/lib/service-context";
import { NotFoundError } from "@/lib/errors";
import { assertCan, canIgnoreMember, ForbiddenError, ROLES, type Role, type Viewer } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse-input";
import { ignoreMemberSchema } from "@/lib/validation/alerts";
import { ignoredIdsOf, isIgnoring } from "./ignore";
import { t } from "@/lib/i18n/text";

export const IGNORE_TEXT = {
  get mustLogIn() {
    return t("services.membersIgnoreLogIn");
  },
  get missing() {
    return t("services.moderationMemberMissing");
  },
  get refused() {
    return t("services.membersIgnoreRefused");
  },
  ignored: (name: string) => t("services.membersIgnored", { name }),
  unignored: (name: string) => t("services.membersUnignored", { name }),
} as const;

export async function setMemberIgnore(viewer: Viewer | null, input: unknown, ctx: ServiceContext = {}) {
  const { memberId, ignore } = parseInput(ignoreMemberSchema, input);
  if (!viewer) throw new ForbiddenError(IGNORE_TEXT.mustLogIn);
  const db = await contextDb(ctx);
  const member = await db.user.findUnique({ where: { id: memberId }, select: { id: true, role: true, displayName: true, deletedAt: true } });
  if (!member || member.deletedAt) throw new NotFoundError(IGNORE_TEXT.missing);
  if (ignore === "1") {
    const role: Role = (ROLES as readonly string[]).includes(member.role) ? (member.role as Role) : "member";
    assertCan(canIgnoreMember(viewer, { id: member.id, role }), IGNORE_TEXT.refused);
    await db.memberIgnore.upsert({ where: { userId_ignoredId: { userId: viewer.id, ignoredId: member.id } }, create: { userId: viewer.id, ignoredId: member.id }, update: {} });
  } else {
    // Taking it back is always allowed (even if they became staff meanwhile).
    await db.memberIgnore.deleteMany({ where: { userId: viewer.id, ignoredId: member.id } });
  }
  return { ignoring: ignore === "1", name: member.displayName };
}

export async function listIgnored(viewer: Viewer, ctx: ServiceContext = {}) {
  const db = await contextDb(ctx);
  const rows = await db.memberIgnore.findMany({
    where: { userId: viewer.id },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, ignored: { select: { id: true, username: true, displayName: true, avatarUrl: true } } },
  });
  return rows.map((r) => ({ ...r.ignored, since: r.createdAt }));
}

/** The ids the viewer ignores (a thread page collapses their posts); a guest ignores nobody. */
export async function ignoredByViewer(viewer: Viewer | null, ctx: ServiceContext = {}): Promise<Set<number>> {
  if (!viewer) return new Set();
  return ignoredIdsOf(await contextDb(ctx), viewer.id);
}

/** Whether the viewer ignores this member (their profile's button). */
export async function viewerIgnores(viewer: Viewer | null, memberId: number, ctx: ServiceContext = {}): Promise<boolean> {
  if (!viewer) return false;
  return isIgnoring(await contextDb(ctx), viewer.id, memberId);
}
