"use client";
// The header's count of conversations with unread messages, kept current
// with JavaScript (re-read every 30 s and when the tab comes back); without
// it, the count the server rendered.
import { useEffect, useState } from "react";

/** The badge's name for screen readers, one string per plural category ("{count}" in it), from the server parent. */
type Labels = { one: string; other: string; /** The page's language, for Intl.PluralRules (the server has no document). */ lang: string };

export function UnreadConversationsBadge({ initial, labels }: { initial: number; labels: Labels }) {
  const [count, setCount] = useState(initial);
  useEffect(() => setCount(initial), [initial]);
  useEffect(() => {
    const read = async () => {
      try {
        const res = await fetch("/api/conversations/unread", { cache: "no-store" });
        if (res.ok) setCount(((await res.json()) as { unread: number }).unread);
      } catch {
        // Keep the last count.
      }
    };
    const timer = setInterval(read, 30_000);
    const onVisible = () => document.visibilityState === "visible" && void read();
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, []);
  if (count <= 0) return null;
  return (
    <span className="badge badge--count" data-testid="conversations-unread" aria-label={(new Intl.PluralRules(labels.lang).select(count) === "one" ? labels.one : labels.other).replace("{count}", String(count))}>
      {count}
    </span>
  );
}
