"use client";
// With JavaScript, a click on an author's name in the thread opens their card
// (built from their author block on first open: member-card.ts) instead of
// following the link; a modified click (new tab), Escape or a click elsewhere
// closes it. Without JavaScript this renders nothing and the name stays a
// link to the profile. One listener per page.
import { useEffect } from "react";
import { buildMemberCard, type CardLabels } from "./member-card";

export function MemberCardOpener({ labels }: { labels: CardLabels }) {
  useEffect(() => {
    const links = document.querySelectorAll<HTMLAnchorElement>("a[data-author-card]");
    for (const link of links) {
      link.setAttribute("aria-haspopup", "dialog");
      link.setAttribute("aria-expanded", "false");
    }
    let open: { card: HTMLElement; link: HTMLAnchorElement } | null = null;
    const close = () => {
      if (!open) return;
      open.card.hidden = true;
      open.link.setAttribute("aria-expanded", "false");
      open = null;
    };
    const onClick = (event: MouseEvent) => {
      const target = event.target as Element | null;
      const link = target?.closest<HTMLAnchorElement>("a[data-author-card]");
      if (link && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey && event.button === 0) {
        const id = link.dataset.authorCard!;
        const card = document.getElementById(id) ?? buildMemberCard(link, id, labels);
        if (!card) return;
        event.preventDefault();
        const wasOpen = open?.card === card;
        close();
        if (wasOpen) return;
        card.hidden = false;
        link.setAttribute("aria-expanded", "true");
        open = { card, link };
        card.querySelector<HTMLAnchorElement>("a")?.focus();
        return;
      }
      if (open && target && !open.card.contains(target)) close();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || !open) return;
      const link = open.link;
      close();
      link.focus();
    };
    document.addEventListener("click", onClick);
    document.addEventListener("keydown", onKey);
    return () => {
      // Run again when a refresh brings the labels anew: an open card is closed, not left open with no listener to close it.
      close();
      document.removeEventListener("click", onClick);
      document.removeEventListener("keydown", onKey);
    };
  }, [labels]);
  return null;
}
