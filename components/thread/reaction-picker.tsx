"use client";
// The viewer's reaction to a post, as one plain form: the main button gives
// "Thích" (or takes back the reaction already given), and "Cảm xúc khác" opens
// the other kinds — a <details>, so without JavaScript it opens too, and each
// kind is a submit button (name="kind") the browser posts and comes back from.
// With JavaScript it is sent in place and the menu closes. Its words come from the server
// (reply-actions.tsx), in the page's language.
import "@/components/members/members.css";
import { useActionState, useEffect, useRef, useState, type KeyboardEvent } from "react";
import { IDLE, type FormState } from "@/lib/validation/form-contract";
import { REACTION_KINDS, reactionKindInfo } from "@/lib/forum/reaction-kinds";
import { toggleReactionAction } from "@/actions/forum";
import type { ReactionNames } from "./reaction-names";

type Labels = { names: ReactionNames; more: string; takeBack: string; choose: string };
type Props = { postId: number; mine: string | null; kindsOff: readonly string[]; labels: Labels };

export function ReactionPicker({ postId, mine, kindsOff, labels: T }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(toggleReactionAction, IDLE);
  const current = mine ? reactionKindInfo(mine) : null;
  const offered = REACTION_KINDS.filter((r) => !kindsOff.includes(r.kind));
  const main = current ?? offered.find((r) => r.kind === "like") ?? offered[0];
  // The "more" menu closes once a kind is chosen (sent in place, the page does
  // not reload to close it) and on Escape, giving focus back to its button.
  const more = useRef<HTMLDetailsElement>(null);
  const closeMore = () => {
    if (more.current) more.current.open = false;
  };
  const escape = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !more.current?.open) return;
    closeMore();
    more.current.querySelector("summary")?.focus();
  };
  return (
    <form action={action} onSubmit={closeMore} className="like-form reaction-picker">
      <input type="hidden" name="postId" value={postId} />
      <JsMarker />
      {main ? (
        <button
          type="submit"
          name="kind"
          value={main.kind}
          className={`reply__like${current ? " reply__like--on" : ""}`}
          aria-pressed={!!current}
          title={current ? T.takeBack : undefined}
          disabled={pending}
        >
          <span aria-hidden="true">{main.emoji}</span> {T.names[main.kind]}
        </button>
      ) : null}
      {offered.length > 1 ? (
        <details ref={more} className="reaction-picker__more" onKeyDown={escape}>
          <summary aria-label={T.more} title={T.more}>
            <span aria-hidden="true">+</span>
          </summary>
          <div className="reaction-picker__menu" role="group" aria-label={T.choose}>
            {offered.map((r) => (
              <button
                key={r.kind}
                type="submit"
                name="kind"
                value={r.kind}
                className={`reaction-picker__kind${current?.kind === r.kind ? " reaction-picker__kind--on" : ""}`}
                aria-pressed={current?.kind === r.kind}
                disabled={pending}
              >
                <span aria-hidden="true">{r.emoji}</span> {T.names[r.kind]}
              </button>
            ))}
          </div>
        </details>
      ) : null}
      {state.status === "error" ? (
        <span role="alert" className="field__error">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}

/**
 * Tells the action the form was sent by script, so it answers in place instead
 * of redirecting. Rendered only after hydration: without JavaScript it is absent.
 */
function JsMarker() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated ? <input type="hidden" name="js" value="1" /> : null;
}
