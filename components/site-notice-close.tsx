"use client";
// With JavaScript, the site notice stays closed in this browser once closed
// (per notice text: a new notice shows again). Renders nothing itself.
import { useEffect } from "react";

const KEY = "site-notice-closed";

export function SiteNoticeClose({ id }: { id: string }) {
  useEffect(() => {
    const root = document.querySelector<HTMLElement>(`.site-notice[data-notice-id="${id}"]`);
    if (!root) return;
    let closed: string | null = null;
    try {
      closed = localStorage.getItem(KEY);
    } catch {
      // Storage refused (private mode): the notice shows, and closes per page.
    }
    if (closed === id) root.hidden = true;
    const toggle = root.querySelector<HTMLInputElement>(".site-notice__toggle");
    const onChange = () => {
      if (!toggle?.checked) return;
      root.hidden = true;
      try {
        localStorage.setItem(KEY, id);
      } catch {
        // Nothing to remember with.
      }
    };
    toggle?.addEventListener("change", onChange);
    return () => toggle?.removeEventListener("change", onChange);
  }, [id]);
  return null;
}
