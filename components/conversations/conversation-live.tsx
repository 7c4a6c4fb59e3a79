"use client";
// With JavaScript: new messages of this conversation arrive without a
// reload. The stream (/api/conversations/<id>/events, participants only)
// says the newest number; on the last page the page is re-rendered on the
// server (router.refresh: the new message appears, what is being typed
// stays), elsewhere a link says how many arrived.
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

/** The link's words, one per plural category ("{count}" in them), and its address in the page's language: from the server parent. */
type Labels = { one: string; other: string; href: string };

export function ConversationLive({ conversationId, shownUpTo, lastPage, labels }: { conversationId: number; shownUpTo: number; lastPage: boolean; labels: Labels }) {
  const router = useRouter();
  const [newer, setNewer] = useState(0);
  useEffect(() => {
    const source = new EventSource(`/api/conversations/${conversationId}/events?after=${shownUpTo}`);
    source.addEventListener("message-count", (event) => {
      const { lastNumber, changed } = JSON.parse((event as MessageEvent<string>).data) as { lastNumber: number; changed?: boolean };
      if (lastPage && (lastNumber > shownUpTo || changed)) router.refresh();
      else setNewer(Math.max(0, lastNumber - shownUpTo));
    });
    return () => source.close();
  }, [conversationId, shownUpTo, lastPage, router]);
  if (newer <= 0) return null;
  return (
    <p className="notice" role="status" data-testid="conversation-new-messages">
      <a href={labels.href}>{(new Intl.PluralRules(document.documentElement.lang).select(newer) === "one" ? labels.one : labels.other).replace("{count}", String(newer))}</a>
    </p>
  );
}
