"use client";
// In the reply box: "Chèn N trích dẫn" for the posts collected with
// "+ Trích dẫn". Without JavaScript its buttons submit the reply form (with
// what is typed) and the server answers with the box filled: the text, then
// the quotes. With JavaScript the quotes are fetched from the server (built
// from the posts' sources, like the single quote) and inserted in place; the
// selection is then emptied, and so it is when the reply is posted.
import { useEffect, useState } from "react";
import { quotesForAction } from "@/actions/writing";
import { fillCount, type ComposerText } from "@/components/thread/composer-text";
import { CHANGED, readSelection, writeSelection } from "./multi-quote-store";

type Props = {
  threadId: number;
  /** How many posts the selection cookie holds (the path without JavaScript). */
  serverCount: number;
  /** What the server said after an insertion without JavaScript. */
  notice?: string;
  /** The composer catalog in the page's language (components/thread/composer-text.ts). */
  text: ComposerText;
};

export function MultiQuoteBar({ threadId, serverCount, notice, text: M }: Props) {
  const [enhanced, setEnhanced] = useState(false);
  const [ids, setIds] = useState<number[]>([]);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | undefined>(notice);

  useEffect(() => {
    const sync = () => setIds(readSelection(threadId));
    sync();
    setEnhanced(true);
    window.addEventListener(CHANGED, sync);
    // A posted reply ends the selection (the composer's form, posted with "Gửi trả lời").
    const form = document.getElementById("reply-composer");
    const onSubmit = (event: Event) => {
      const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
      // Only when there is one: no state changes while the post is sent otherwise.
      if (submitter?.value === "post" && readSelection(threadId).length > 0) writeSelection(threadId, []);
    };
    form?.addEventListener("submit", onSubmit);
    return () => {
      window.removeEventListener(CHANGED, sync);
      form?.removeEventListener("submit", onSubmit);
    };
  }, [threadId]);

  useEffect(() => setMessage(notice), [notice]);

  const count = enhanced ? ids.length : serverCount;
  if (count === 0) {
    return message ? (
      <p className="multi-quote-bar__notice" role="status" data-testid="multi-quote-notice">
        {message}
      </p>
    ) : null;
  }

  async function insert() {
    setBusy(true);
    const answer = await quotesForAction({ threadId, postIds: ids });
    setBusy(false);
    if (!answer.ok) {
      setMessage(answer.message);
      return;
    }
    if (answer.data.text) window.dispatchEvent(new CustomEvent("banluan:insert-quote", { detail: answer.data.text }));
    writeSelection(threadId, []);
    setMessage(answer.data.count > 0 ? fillCount(M.quotesInsertedOne, M.quotesInsertedOther, answer.data.count) : M.quotesInsertedNone);
  }

  return (
    <div className="multi-quote-bar" data-testid="multi-quote-bar">
      <span className="multi-quote-bar__count" aria-live="polite">
        {fillCount(M.quotesSelectedOne, M.quotesSelectedOther, count)}
      </span>
      {enhanced ? (
        <>
          <button type="button" className="button button--small" disabled={busy} onClick={insert} data-testid="multi-quote-insert">
            {busy ? M.quotesInserting : fillCount(M.quotesInsertOne, M.quotesInsertOther, count)}
          </button>
          <button type="button" className="button button--small" onClick={() => writeSelection(threadId, [])}>
            {M.quotesClear}
          </button>
        </>
      ) : (
        <>
          <button type="submit" name="intent" value="quote-insert" formNoValidate className="button button--small" data-testid="multi-quote-insert">
            {fillCount(M.quotesInsertOne, M.quotesInsertOther, count)}
          </button>
          <button type="submit" name="intent" value="quote-clear" formNoValidate className="button button--small">
            {M.quotesClear}
          </button>
        </>
      )}
    </div>
  );
}
