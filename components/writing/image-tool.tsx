"use client";
// The toolbar's "Chèn ảnh": opens the form's picture chooser when the member
// may attach pictures (components/pictures/picture-picker.tsx uploads them
// and inserts them at the cursor); otherwise inserts the Markdown of an image
// by address, which the renderer shows as a link (pictures from other sites
// are never embedded).
import type { RefObject } from "react";
import type { ComposerText } from "@/components/thread/composer-text";

type Props = { target: RefObject<HTMLTextAreaElement | null>; onChange: () => void; text: ComposerText };

export function ImageTool({ target, onChange, text: M }: Props) {
  function run() {
    const el = target.current;
    if (!el) return;
    const chooser = el.form?.querySelector<HTMLInputElement>('input[type="file"][name="images"]');
    if (chooser) {
      chooser.click();
      return;
    }
    const { selectionStart: start, selectionEnd: end, value } = el;
    const alt = value.slice(start, end) || M.imageSample;
    el.setRangeText(`![${alt}](https://)`, start, end, "end");
    el.setSelectionRange(start + alt.length + 4, start + alt.length + 12);
    el.focus();
    onChange();
  }
  return (
    <button type="button" className="md-toolbar__button" title={M.imageTool} aria-label={M.imageTool} onClick={run}>
      {M.imageToolLabel}
    </button>
  );
}
