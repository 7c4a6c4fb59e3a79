"use client";
// With JavaScript, on thread pages: a click on a post's picture opens it in a
// small lightbox (a <dialog>: Escape closes it, focus returns to the picture,
// ←/→ go through the page's pictures), and a click on a video placeholder
// puts the provider's player in its place — the first request to the
// provider. Without JavaScript, the picture's link opens the full size and the
// placeholder is a plain link. One listener on the document, no markup until used.
// Its words come from post-pictures-enhancer.tsx (the server part), in the page's language.
import { useEffect, useRef, useState } from "react";

/** `player` holds "{provider}", filled with the video site's name. */
export type LightboxText = { close: string; previous: string; next: string; openFull: string; dialog: string; player: string };

type Shown = { links: HTMLAnchorElement[]; index: number };

export function PostPicturesEnhancerClient({ text: M }: { text: LightboxText }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const target = event.target as Element | null;
      const embed = target?.closest<HTMLElement>(".embed[data-embed-player]");
      if (embed) {
        const player = embed.dataset.embedPlayer ?? "";
        if (!/^https:\/\//.test(player)) return;
        event.preventDefault();
        const frame = document.createElement("iframe");
        frame.className = "embed__frame";
        frame.src = player;
        frame.title = M.player.replace("{provider}", embed.dataset.embedProvider ?? "");
        frame.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
        frame.referrerPolicy = "strict-origin-when-cross-origin";
        embed.replaceChildren(frame);
        frame.focus();
        return;
      }
      const link = target?.closest<HTMLAnchorElement>("a.post-picture");
      if (!link) return;
      event.preventDefault();
      const links = Array.from(document.querySelectorAll<HTMLAnchorElement>("a.post-picture"));
      opener.current = link;
      setShown({ links, index: Math.max(0, links.indexOf(link)) });
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (shown && !el.open) el.showModal();
    if (!shown && el.open) el.close();
  }, [shown]);

  const step = (delta: number) => setShown((s) => (s ? { ...s, index: (s.index + delta + s.links.length) % s.links.length } : s));
  const link = shown ? shown.links[shown.index] : null;
  const img = link?.querySelector("img");

  return (
    <dialog
      ref={dialog}
      className="lightbox"
      aria-label={M.dialog}
      onClose={() => {
        setShown(null);
        opener.current?.focus();
      }}
      onKeyDown={(e) => {
        if (e.key === "ArrowRight") step(1);
        if (e.key === "ArrowLeft") step(-1);
      }}
      onClick={(e) => {
        if (e.target === e.currentTarget) dialog.current?.close();
      }}
    >
      {link ? (
        <figure className="lightbox__figure">
          <img
            className="lightbox__img"
            src={link.href}
            alt={img?.alt ?? ""}
            width={Number(link.dataset.fullWidth) || undefined}
            height={Number(link.dataset.fullHeight) || undefined}
          />
          <figcaption className="lightbox__bar">
            {shown && shown.links.length > 1 ? (
              <button type="button" className="button" onClick={() => step(-1)} aria-label={M.previous}>
                ←
              </button>
            ) : null}
            <a className="button" href={link.href} target="_blank" rel="noopener">
              {M.openFull}
            </a>
            {shown && shown.links.length > 1 ? (
              <button type="button" className="button" onClick={() => step(1)} aria-label={M.next}>
                →
              </button>
            ) : null}
            <button type="button" className="button button--primary" onClick={() => dialog.current?.close()} autoFocus>
              {M.close}
            </button>
          </figcaption>
        </figure>
      ) : null}
    </dialog>
  );
}
