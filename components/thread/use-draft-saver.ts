"use client";
// Saving what a member types as a server-side draft: debounced while they
// type, flushed when they leave the page, with a short status to show
// ("Đã lưu nháp"). Used by the reply box and the new-thread form; without
// JavaScript nothing is saved until the form is sent.
import { useEffect, useRef, useState } from "react";
import { VI_COMPOSER_TEXT, type ComposerText } from "./composer-text";

const DRAFT_DELAY_MS = 1200;

type Options = {
  /** The form's current content, as the string that is saved and compared. */
  snapshot: () => string;
  /** Whether that content is nothing worth calling a draft. */
  isEmpty: (snapshot: string) => boolean;
  save: (snapshot: string) => Promise<{ ok: boolean; message?: string }>;
  /** The content the page was rendered with (already saved). */
  initial: string;
  /** The status words, in the page's language (composer-text.ts). */
  text?: Pick<ComposerText, "draftSaving" | "draftSaved" | "draftFailed">;
};

export function useDraftSaver({ snapshot, isEmpty, save, initial, text = VI_COMPOSER_TEXT }: Options) {
  const [status, setStatus] = useState("");
  const lastSaved = useRef(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  async function saveNow() {
    timer.current = null;
    const value = snapshot();
    if (value === lastSaved.current) return;
    setStatus(text.draftSaving);
    const result = await save(value);
    if (result.ok) {
      lastSaved.current = value;
      setStatus(isEmpty(value) ? "" : text.draftSaved);
    } else {
      setStatus(result.message ?? text.draftFailed);
    }
  }

  function schedule() {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(saveNow, DRAFT_DELAY_MS);
  }

  // Text that reached the form before this hook listened — typed into the
  // plain HTML form before the scripts ran and put back by useTypedText (a
  // layout effect, so already in place here), or restored by the browser —
  // fired no input event the saver heard: schedule its save now.
  useEffect(() => {
    if (snapshot() !== lastSaved.current) schedule();
    // Once, when the form goes live; later changes come through schedule().
  }, []);

  // Leaving the page flushes the pending save.
  useEffect(() => {
    const flush = () => {
      if (timer.current) {
        clearTimeout(timer.current);
        void saveNow();
      }
    };
    window.addEventListener("pagehide", flush);
    return () => window.removeEventListener("pagehide", flush);
  });

  /** Sending the form itself (not a preview) makes a pending save pointless: the text goes with the form. */
  function cancelOnPost(event: { nativeEvent: Event }) {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    if (submitter?.getAttribute("value") === "preview") return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  }

  return { status, schedule, cancelOnPost };
}
