// Reactions on a post, counted by kind (👍 3 · ❤️ 1), with who reacted with
// what in a <details> that opens without JavaScript. The same for every
// reader, so it is part of the cached page: guests get just this under each
// post; members get it beside their own picker (reply-actions.tsx).
import "@/components/members/members.css";
import type { Reply } from "@/lib/forum/read-thread";
import { countByKind, reactionKindInfo } from "@/lib/forum/reaction-kinds";
import { memberPath } from "@/lib/urls";
import { localized, translator } from "@/lib/i18n/server";
import { reactionNames } from "./reaction-names";


type Reactions = Pick<Reply, "reactions">;

/** 👍 3 · ❤️ 1 — each kind with its count, in the offered order. */
export async function ReactionCounts({ reply }: { reply: Reactions }) {
  const counts = countByKind(reply.reactions);
  if (counts.length === 0) return null;
  const t = await translator();
  const T = { summaryLabel: t("thread.reactions") };
  const names = reactionNames(t);
  return (
    <span className="reactions__counts" aria-label={T.summaryLabel} data-testid="reaction-counts">
      {counts.map((c) => (
        <span key={c.kind} className="reactions__count" title={names[c.kind]}>
          <span aria-hidden="true">{c.emoji}</span>
          <span className="visually-hidden">{names[c.kind]}</span> {c.count}
        </span>
      ))}
    </span>
  );
}

/** Who reacted, each with their reaction; nothing when nobody did. */
export async function Likers({ reply }: { reply: Reactions }) {
  const count = reply.reactions.length;
  if (count === 0) return null;
  const t = await translator();
  const T = { reactedBy: (n: number) => t("thread.reactedBy", { count: n }) };
  const names = reactionNames(t);
  return (
    <details className="reply__likers">
      <summary>{T.reactedBy(count)}</summary>
      <ul>
        {reply.reactions.map((r) => {
          const info = reactionKindInfo(r.kind);
          return (
            <li key={r.userId}>
              <span aria-hidden="true">{info.emoji}</span> <a href={localized(memberPath(r.user))}>{r.user.displayName}</a>{" "}
              <span className="reply__liker-kind">· {names[info.kind]}</span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}

/** A guest's view of the reactions: counts by kind, then the names; nothing when nobody reacted. */
export function GuestReplyLikes({ reply }: { reply: Reactions }) {
  if (reply.reactions.length === 0) return null;
  return (
    <div className="reply__actions">
      <ReactionCounts reply={reply} />
      <Likers reply={reply} />
    </div>
  );
}
