"use client";
// "+ Trích dẫn" on a post: adds it to (or takes it out of) the posts to quote
// together. Without JavaScript it is a button of the reply form (form=
// "reply-composer"), so pressing it sends what is typed along: the server
// keeps it as the draft, stores the selection in a cookie and brings the
// member back to this post. With JavaScript the selection is kept in the tab
// (multi-quote-store.ts) and nothing reloads.
import { useEffect, useState } from "react";
import { MULTI_QUOTE_MAX } from "@/lib/validation/multi-quote-limits";
import { CHANGED, readSelection, writeSelection } from "./multi-quote-store";

/** Its words in the page's language, from the server (multi-quote-toggle.tsx). */
type Labels = { add: string; remove: string; addLabel: string; removeLabel: string; noScriptHint: string };
type Props = { threadId: number; postId: number; selectedOnServer: boolean; labels: Labels };

export function MultiQuoteToggleButton({ threadId, postId, selectedOnServer, labels: M }: Props) {
  const [selected, setSelected] = useState(selectedOnServer);
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => {
    const sync = () => setSelected(readSelection(threadId).includes(postId));
    sync();
    setEnhanced(true);
    window.addEventListener(CHANGED, sync);
    return () => window.removeEventListener(CHANGED, sync);
  }, [threadId, postId]);
  return (
    <button
      type="submit"
      form="reply-composer"
      name="intent"
      value={`quote-toggle:${postId}`}
      formNoValidate
      className={`reply__action multi-quote-toggle${selected ? " multi-quote-toggle--on" : ""}`}
      aria-pressed={selected}
      aria-label={selected ? M.removeLabel : M.addLabel}
      title={enhanced ? undefined : M.noScriptHint}
      data-testid="multi-quote-toggle"
      onClick={(event) => {
        if (!enhanced) return; // the plain form does it
        event.preventDefault();
        const ids = readSelection(threadId);
        const next = ids.includes(postId) ? ids.filter((id) => id !== postId) : [...ids, postId].slice(-MULTI_QUOTE_MAX);
        writeSelection(threadId, next);
      }}
    >
      {selected ? M.remove : M.add}
    </button>
  );
}
