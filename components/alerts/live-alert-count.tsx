"use client";
// The header's unread alert count, kept live with JavaScript: one
// EventSource per page on the member's own channel (app/api/me/events), shared
// by every place the count shows. Without JavaScript the server-rendered count
// stands (it is right on each page load).
import { useEffect, useState } from "react";

const TEXT = { unread: (n: number) => `${n} thông báo mới` } as const;

type Listener = (count: number) => void;
const listeners = new Set<Listener>();
let source: EventSource | null = null;
let last: number | null = null;

function connect() {
  if (source || typeof EventSource === "undefined") return;
  source = new EventSource("/api/me/events");
  source.addEventListener("alerts", (event) => {
    try {
      const { unread } = JSON.parse((event as MessageEvent<string>).data) as { unread: number };
      if (!Number.isInteger(unread)) return;
      last = unread;
      for (const l of listeners) l(unread);
    } catch {
      // a malformed event: keep what is shown
    }
  });
}

function useUnreadCount(initial: number): number {
  const [count, setCount] = useState(initial);
  useEffect(() => {
    listeners.add(setCount);
    if (last !== null) setCount(last);
    connect();
    return () => {
      listeners.delete(setCount);
      if (listeners.size === 0 && source) {
        source.close();
        source = null;
      }
    };
  }, []);
  return count;
}

/** The red badge on the account menu. */
export function LiveAlertBadge({ initial }: { initial: number }) {
  const count = useUnreadCount(initial);
  if (count <= 0) return <span data-testid="alert-count" data-count="0" hidden />;
  return (
    <span className="badge badge--count" aria-label={TEXT.unread(count)} data-testid="alert-count" data-count={count}>
      {count}
    </span>
  );
}

/** "Thông báo (3)" in the menu. */
export function LiveAlertLabel({ initial, label }: { initial: number; label: string }) {
  const count = useUnreadCount(initial);
  return <>{count > 0 ? `${label} (${count})` : label}</>;
}
