"use client";
// The header's unread alert count, kept live with JavaScript: one
// EventSource per page on the member's own channel (app/api/me/events), shared
// by every place the count shows. Without JavaScript the server-rendered count
// stands (it is right on each page load).
import { useEffect, useState } from "react";
import { pageLocale } from "@/lib/format";
import { INTL_TAGS } from "@/lib/i18n/locales";

/** "{count} new alerts" per plural category, in the page's language (from the server: account-links.tsx). */
type CountLabels = { one: string; other: string };

function unreadLabel(labels: CountLabels, count: number): string {
  const category = new Intl.PluralRules(INTL_TAGS[pageLocale()]).select(count);
  return (category === "one" ? labels.one : labels.other).replace("{count}", String(count));
}

type Listener = (count: number) => void;
const listeners = new Set<Listener>();
let source: EventSource | null = null;
let last: number | null = null;

// Other kinds of member events (publishMemberEvent(userId, { kind: "conversation", … })), for other features' client components.
const kindListeners = new Map<string, Set<(data: unknown) => void>>();

function connect() {
  if (source || typeof EventSource === "undefined") return;
  source = new EventSource("/api/me/events");
  for (const kind of kindListeners.keys()) listenTo(kind);
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

function listenTo(kind: string) {
  source?.addEventListener(kind, (event) => {
    let data: unknown;
    try {
      data = JSON.parse((event as MessageEvent<string>).data);
    } catch {
      return;
    }
    for (const l of kindListeners.get(kind) ?? []) l(data);
  });
}

/**
 * Listens to this member's events of `kind` on the page's one stream (opened
 * if needed); returns the function that stops listening. For other features
 * (private conversations: a new message), in a useEffect.
 */
export function subscribeMemberEvents(kind: string, listener: (data: unknown) => void): () => void {
  let set = kindListeners.get(kind);
  if (!set) {
    kindListeners.set(kind, (set = new Set()));
    listenTo(kind);
  }
  set.add(listener);
  connect();
  return () => {
    set.delete(listener);
  };
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
export function LiveAlertBadge({ initial, labels }: { initial: number; labels: CountLabels }) {
  const count = useUnreadCount(initial);
  if (count <= 0) return <span data-testid="alert-count" data-count="0" hidden />;
  return (
    <span className="badge badge--count" aria-label={unreadLabel(labels, count)} data-testid="alert-count" data-count={count}>
      {count}
    </span>
  );
}

/** "Thông báo (3)" in the menu. */
export function LiveAlertLabel({ initial, label }: { initial: number; label: string }) {
  const count = useUnreadCount(initial);
  return <>{count > 0 ? `${label} (${count})` : label}</>;
}
