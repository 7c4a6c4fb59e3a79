"use client";
// Listens to the thread's event stream. When others post, a "N phản hồi mới"
// button appears; it shows them without reloading the page. The live reply
// count elsewhere on the page follows through a window event.
import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";

type Props = { threadId: number; lastNumber: number; lastPageHref: string; onLastPage: boolean };
type Stats = { replyCount: number; lastNumber: number; newReplies: number };

export const STATS_EVENT = "banluan:thread-stats";

export function LiveUpdates({ threadId, lastNumber, lastPageHref, onLastPage }: Props) {
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
        {fresh} phản hồi mới · Hiện
      </button>
    </div>
  );
}
