"use client";
// "Phản hồi: N", kept live by the thread's event stream.
import { useEffect, useState } from "react";
import { STATS_EVENT } from "./live-updates";
import { pageLocale } from "@/lib/format";
import { INTL_TAGS } from "@/lib/i18n/locales";

/** `label` in the page's language, from the server (thread.replyCountLabel). */
export function LiveReplyCount({ initial, label = "Phản hồi" }: { initial: number; label?: string }) {
  const [count, setCount] = useState(initial);
  useEffect(() => setCount(initial), [initial]);
  useEffect(() => {
    const onStats = (event: Event) => setCount((event as CustomEvent<{ replyCount: number }>).detail.replyCount);
    window.addEventListener(STATS_EVENT, onStats);
    return () => window.removeEventListener(STATS_EVENT, onStats);
  }, []);
  return (
    <>
      {label}: {count.toLocaleString(INTL_TAGS[pageLocale()])}
    </>
  );
}
