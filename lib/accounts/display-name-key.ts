// Display names are unique by how they look, not by their bytes: "admin1",
// "Admin1" and "аdmin1" (Cyrillic а), or "Nguyễn Hoàng" typed precomposed or
// with combining marks, are one name. The key is the name's confusable
// skeleton (Unicode UTS #39: NFD, each character mapped to its prototype
// from Unicode's confusables.txt, NFD again) after NFC and case folding;
// User.displayNameKey is unique on it. The mapping is the `unhomoglyph`
// package (Unicode's confusables data, maintained by the markdown-it team).
//
// Staff titles are protected too: a member may not call themselves "Admin",
// "Quản trị viên", "Điều hành viên"… in any spelling, with or without marks,
// digits or punctuation around it.
import unhomoglyph from "unhomoglyph";
import type { Db } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { isStaffRole, type Role } from "@/lib/permissions";
import { t } from "@/lib/i18n/text";

/** The client or a transaction: only the User table is used. */
type Users = Pick<Db, "user">;

/** UTS #39's skeleton: NFD, each character to its prototype, NFD again. */
function rawSkeleton(text: string): string {
  return unhomoglyph(text.normalize("NFD")).normalize("NFD");
}

/**
 * Skeleton, then case folding, then skeleton again: capitals are mapped
 * before folding (Greek "ΑΝΝΑ" looks like "ANNA", while its lower case
 * "αννα" looks like "avva"), and what folding produced is mapped once more.
 */
function skeleton(text: string): string {
  const spaced = text.normalize("NFC").replace(/\s+/g, " ").trim();
  return rawSkeleton(rawSkeleton(spaced).toLowerCase());
}

export function displayNameKey(displayName: string): string {
  return skeleton(displayName);
}

// Written plain: compared after the same folding, marks and separators removed.
const STAFF_TITLES = [
  "admin", "administrator", "quản trị", "quản trị viên", "ban quản trị", "moderator", "mod",
  "điều hành", "điều hành viên", "ban điều hành", "bàn luận", "ban luận", "hệ thống", "system", "staff",
];

/** Letters only, marks dropped: "Quản_trị-viên 01" and "quan tri vien" meet. */
function bare(text: string, keepDigits: boolean): string {
  const withoutMarks = text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d");
  const letters = withoutMarks.replace(keepDigits ? /[^\p{L}\p{N}]/gu : /[^\p{L}]/gu, "");
  return skeleton(letters).replace(/[^\p{L}]/gu, "");
}

const RESERVED = new Set(STAFF_TITLES.map((t) => bare(t, false)));

/** Whether a name claims a staff title (digits dropped, or read as the letters they resemble). */
export function claimsStaffTitle(displayName: string): boolean {
  return RESERVED.has(bare(displayName, false)) || RESERVED.has(bare(displayName, true));
}

export const DISPLAY_NAME_TAKEN = () => t("services.accountsDisplayNameTaken");
export const DISPLAY_NAME_RESERVED = () => t("services.accountsDisplayNameReserved");

/**
 * Why this member may not take this name, or null. `selfId`: the member
 * renaming themselves (their own key does not count against them).
 */
export async function displayNameProblem(db: Users, displayName: string, who: { role: Role; selfId?: number }): Promise<string | null> {
  if (!isStaffRole(who.role) && claimsStaffTitle(displayName)) return DISPLAY_NAME_RESERVED();
  const holder = await db.user.findUnique({ where: { displayNameKey: displayNameKey(displayName) }, select: { id: true } });
  return holder && holder.id !== who.selfId ? DISPLAY_NAME_TAKEN() : null;
}

/** A P2002 on the display-name key: two members raced for look-alike names. */
export function isDisplayNameClash(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  const target = (error.meta as { target?: unknown } | undefined)?.target;
  return JSON.stringify(target ?? "").includes("displayNameKey") || String(error.message).includes("displayNameKey");
}

/**
 * For names the forum picks itself (OAuth profiles): the name if free, else
 * "Name 2", "Name 3"… The key is returned with it.
 */
export async function freeDisplayName(db: Users, wanted: string): Promise<{ displayName: string; displayNameKey: string }> {
  for (let n = 1; n < 1000; n++) {
    const displayName = n === 1 ? wanted : `${wanted.slice(0, 45)} ${n}`;
    const key = displayNameKey(displayName);
    if (claimsStaffTitle(displayName)) continue;
    if (!(await db.user.findUnique({ where: { displayNameKey: key }, select: { id: true } }))) return { displayName, displayNameKey: key };
  }
  throw new Error("Không tìm được tên hiển thị còn trống.");
}

/** The key if no other member holds it yet, else null (imported authors keep their byline). */
export async function keyIfFree(db: Users, displayName: string, selfId?: number): Promise<string | null> {
  const key = displayNameKey(displayName);
  const holder = await db.user.findUnique({ where: { displayNameKey: key }, select: { id: true } });
  return holder && holder.id !== selfId ? null : key;
}

/**
 * Fills in the key of members written before it existed, or by bulk SQL
 * (prepare-db runs it on every start; it costs one query when nothing is
 * missing). The oldest member keeps a name that two share; the later one
 * stays without a key, and any rename gives them one.
 */
export async function backfillDisplayNameKeys(db: Db): Promise<number> {
  const missing = await db.user.findMany({ where: { displayNameKey: null }, select: { id: true, displayName: true }, orderBy: { id: "asc" } });
  let filled = 0;
  for (const user of missing) {
    const key = displayNameKey(user.displayName);
    if (await db.user.findUnique({ where: { displayNameKey: key }, select: { id: true } })) continue;
    await db.user.update({ where: { id: user.id }, data: { displayNameKey: key } });
    filled += 1;
  }
  return filled;
}
