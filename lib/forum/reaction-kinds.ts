// XenForo's six reactions, in the order they are offered. No imports: the
// picker (a client component) and the server share this list. The kinds are
// ids (stored as they are); pages name them in the reader's language with
// components/thread/reaction-names.ts (posts.reactionLike, …). `label` is the
// Vietnamese name, kept for code not converted to the catalogs yet (the
// moderators' settings form).

export const REACTION_KINDS = [
  { kind: "like", label: "Thích", emoji: "👍" },
  { kind: "love", label: "Yêu", emoji: "❤️" },
  { kind: "haha", label: "Haha", emoji: "😆" },
  { kind: "wow", label: "Wow", emoji: "😮" },
  { kind: "sad", label: "Buồn", emoji: "😢" },
  { kind: "angry", label: "Phẫn nộ", emoji: "😡" },
] as const;

export type ReactionKind = (typeof REACTION_KINDS)[number]["kind"];

export const REACTION_KIND_NAMES = REACTION_KINDS.map((r) => r.kind) as [ReactionKind, ...ReactionKind[]];

export function isReactionKind(value: unknown): value is ReactionKind {
  return typeof value === "string" && (REACTION_KIND_NAMES as string[]).includes(value);
}

/** The label and emoji of a stored kind; an unknown one (written outside the app) reads as "Thích". */
export function reactionKindInfo(kind: string) {
  return REACTION_KINDS.find((r) => r.kind === kind) ?? REACTION_KINDS[0];
}

/** How many of each kind, in the offered order, kinds nobody chose left out. */
export function countByKind(reactions: readonly { kind: string }[]): { kind: ReactionKind; label: string; emoji: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const r of reactions) {
    const kind = reactionKindInfo(r.kind).kind;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return REACTION_KINDS.filter((r) => counts.has(r.kind)).map((r) => ({ ...r, count: counts.get(r.kind)! }));
}
