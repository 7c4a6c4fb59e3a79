"use client";
// The live preview (with JavaScript): the text of a composer rendered by the
// server, through the same renderer as "Xem trước" and the thread
// (lib/forum/live-preview.ts, through app/api/live-preview), a moment after
// the member stops typing; paused while the form is being sent. It
// never takes the focus and never renders the member's text itself: the HTML
// shown is the server's. Without JavaScript it does not exist; the "Xem
// trước" button does the same with a reload.
import { useEffect, useRef, useState } from "react";
import type { ComposerText } from "@/components/thread/composer-text";
import { pageApiPath } from "@/components/i18n/page-api-path";

const PAUSE_MS = 700;
/** Changes made by script (toolbar, quotes, pictures) fire no input event: looked for this often. */
const LOOK_MS = 1000;

/**
 * Off until the member turns it on ("Xem trước trực tiếp"), as XenForo's
 * preview pane: typing then costs no requests for those who do not want it.
 */
type Text = Pick<ComposerText, "livePreview" | "livePreviewWaiting" | "livePreviewUpdating" | "livePreviewFailed">;

/** `text`: the composer catalog in the page's language (components/thread/composer-text.ts). */
export function LivePreview({ textareaId, text }: { textareaId: string; text: Text }) {
  const [on, setOn] = useState(false);
  return (
    <div className="live-preview__wrap">
      <label className="live-preview__switch">
        <input type="checkbox" checked={on} onChange={(e) => setOn(e.currentTarget.checked)} data-testid="live-preview-switch" /> {text.livePreview}
      </label>
      {on ? <LivePreviewPane textareaId={textareaId} text={text} /> : null}
    </div>
  );
}

function LivePreviewPane({ textareaId, text: M }: { textareaId: string; text: Text }) {
  const [html, setHtml] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [updating, setUpdating] = useState(false);
  const sent = useRef<string>("");
  const generation = useRef(0);

  useEffect(() => {
    // Looked up each time: a form may replace its text box (after "Xem trước" without a reload).
    const box = () => document.getElementById(textareaId) as HTMLTextAreaElement | null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pausedUntil = 0;
    const render = async () => {
      const source = box()?.value;
      if (source === undefined || source === sent.current || Date.now() < pausedUntil) return;
      sent.current = source;
      if (source.trim() === "") {
        setHtml(null);
        setNote(null);
        return;
      }
      const mine = ++generation.current;
      setUpdating(true);
      const answer = await askServer(source, M.livePreviewFailed);
      if (mine !== generation.current) return; // an older answer arriving late
      setUpdating(false);
      if ("html" in answer) {
        setHtml(answer.html);
        setNote(null);
      } else {
        setNote(answer.message);
        // Refused (rate limit, session ended): wait before asking again.
        pausedUntil = Date.now() + 15_000;
        sent.current = "";
      }
    };
    const schedule = () => {
      clearTimeout(timer);
      if (Date.now() < pausedUntil) return;
      timer = setTimeout(() => void render(), PAUSE_MS);
    };
    const onInput = (event: Event) => {
      if ((event.target as HTMLElement | null)?.id === textareaId) schedule();
    };
    document.addEventListener("input", onInput);
    // Sending the form: no preview now (the page is about to change, or show the server's answer).
    const form = box()?.form ?? null;
    const onSubmit = () => {
      clearTimeout(timer);
      pausedUntil = Date.now() + 5_000;
      generation.current += 1; // an answer still on its way is not shown
    };
    form?.addEventListener("submit", onSubmit);
    const look = setInterval(() => {
      const value = box()?.value;
      if (value !== undefined && value !== sent.current) schedule();
    }, LOOK_MS);
    schedule();
    return () => {
      clearTimeout(timer);
      clearInterval(look);
      document.removeEventListener("input", onInput);
      form?.removeEventListener("submit", onSubmit);
    };
  }, [textareaId]);

  return (
    // A plain div, not a named region: the "Xem trước" region is the button's preview (preview-panel.tsx).
    <div className="composer__preview live-preview" data-testid="live-preview">
      <div className="composer__preview-label">
        {M.livePreview}
        {updating ? <span className="live-preview__status"> · {M.livePreviewUpdating}</span> : null}
      </div>
      {note ? <p className="field__hint">{note}</p> : null}
      {html === null ? (
        <p className="field__hint">{M.livePreviewWaiting}</p>
      ) : (
        // Rendered and sanitised on the server by lib/markdown, as the posted text will be.
        <div className="prose" data-testid="live-preview-body" dangerouslySetInnerHTML={{ __html: html }} />
      )}
    </div>
  );
}

async function askServer(source: string, failed: string): Promise<{ html: string } | { message: string }> {
  try {
    const response = await fetch(pageApiPath("/api/live-preview"), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ source }),
    });
    const body = (await response.json()) as { html?: string; message?: string };
    return typeof body.html === "string" ? { html: body.html } : { message: body.message ?? failed };
  } catch {
    return { message: failed };
  }
}
