"use client";
// "Trích dẫn": without JavaScript, a link that reloads the thread with the
// quote placed in the reply box (?quote=ID); with JavaScript, the quote is
// built from the post on the page and inserted into the box directly.
import { useEffect, useState } from "react";
import { buildQuote } from "@/lib/markdown/quote";

/** `label`: posts.quote in the page's language, from the server (reply-actions.tsx). */
export function QuoteButton({ postId, authorName, label }: { postId: number; authorName: string; label: string }) {
  const [href, setHref] = useState(`?quote=${postId}#reply-composer`);
  useEffect(() => setHref(`?quote=${postId}#reply-composer`), [postId]);
  return (
    <a
      href={href}
      className="reply__action"
      rel="nofollow"
      onClick={(event) => {
        const body = document.querySelector(`#post-${postId} [data-testid="reply-body"]`) as HTMLElement | null;
        const composer = document.getElementById("reply-source");
        if (!body || !composer) return; // fall back to the link
        event.preventDefault();
        // Quote the post's own words, not the quotes nested inside it.
        const text = Array.from(body.children)
          .filter((el) => el.tagName !== "BLOCKQUOTE")
          .map((el) => el.textContent?.trim() ?? "")
          .filter(Boolean)
          .join("\n\n");
        window.dispatchEvent(new CustomEvent("banluan:insert-quote", { detail: buildQuote({ postId, authorName, text }) }));
        composer.scrollIntoView({ behavior: "smooth", block: "center" });
      }}
    >
      {label}
    </a>
  );
}
