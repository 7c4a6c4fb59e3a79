// The reaction kinds' names in the page's language (posts.reaction*): the
// stored kinds (lib/forum/reaction-kinds.ts) are ids; what a reader sees is
// named here, at render time. For server components; a client component (the
// picker) gets the result as a prop.
import type { ReactionKind } from "@/lib/forum/reaction-kinds";
import type { translator } from "@/lib/i18n/server";

type Translate = Awaited<ReturnType<typeof translator>>;

export type ReactionNames = Record<ReactionKind, string>;

export function reactionNames(t: Translate): ReactionNames {
  return {
    like: t("posts.reactionLike"),
    love: t("posts.reactionLove"),
    haha: t("posts.reactionHaha"),
    wow: t("posts.reactionWow"),
    sad: t("posts.reactionSad"),
    angry: t("posts.reactionAngry"),
  };
}
