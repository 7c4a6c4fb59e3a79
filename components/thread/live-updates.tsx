"use client";
// Listens to the thread's event stream. When others post, a "N phản hồi mới"
// button appears; it shows them without reloading the page. The live reply
// count elsewhere on the page follows through a window event.
import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";

/** The button's text for each plural category, with "{count}" in it, in the page's language (thread.newReplies…). */
type Labels = { one: string; other: string };
type Props = { threadId: number; lastNumber: number; lastPageHref: string; onLastPage: boolean; labels?: Labels };
const VIETNAMESE: Labels = { one: "{count} phản hồi mới · Hiện", other: "{count} phản hồi mới · Hiện" };
type Stats = { replyCount: number; lastNumber: number; newReplies: number };

export const STATS_EVENT = "banluan:thread-stats";

export function LiveUpdates({ threadId, lastNumber, lastPageHref, onLastPage, labels = VIETNAMESE }: Props) {
  const router = useRouter();
  const [fresh, setFresh] = useState(0);

  useEffect(() => {
    setFresh(0);
    const source = new EventSource(`/api/threads/${threadId}/events?after=${lastNumber}`);
    source.addEventListener("stats", (event) => {
      const stats = JSON.parse((event as MessageEvent<string>).data) as Stats;
      setFresh(stats.newReplies);
      window.dispatchEvent(new CustomEvent<Stats>(STATS_EVENT, { detail: stats }));
    });
    return () => source.close();
  }, [threadId, lastNumber]);

  if (fresh <= 0) return <div aria-live="polite" className="live-updates" />;
  return (
    <div aria-live="polite" className="live-updates">
      <button
        type="button"
        className="button button--primary live-updates__button"
        onClick={() => (onLastPage ? router.refresh() : router.push(lastPageHref))}
      >
        {(new Intl.PluralRules(document.documentElement.lang).select(fresh) === "one" ? labels.one : labels.other).replace("{count}", String(fresh))}
      </button>
    </div>
  );
}
