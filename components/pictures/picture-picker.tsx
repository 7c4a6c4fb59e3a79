"use client";
// The pictures of a post form. Without JavaScript: a file input whose files
// go with the form (the server stores them, lib/uploads/form-pictures.ts),
// the uploads a refused form already holds (hidden attachmentIds, with a
// thumbnail and an alt-text field each). With JavaScript: each chosen,
// pasted or dropped file is uploaded at once (/api/uploads) with a progress
// bar, shown as a thumbnail that can be removed or inserted at the cursor
// (`![alt](upload:ID)`, placed there by lib/markdown/render.ts).
import { useEffect, useRef, useState, type RefObject } from "react";
import { fill, VI_COMPOSER_TEXT, type ComposerText } from "@/components/thread/composer-text";
import { pageApiPath } from "@/components/i18n/page-api-path";

export type HeldPicture = { id: number; name: string; width: number | null; height: number | null; thumb: string };
type Pending = { key: string; name: string; progress: number; error?: string };

type Props = {
  /** From the form's state after a refusal: state.data?.pictures (JSON) and state.values?.attachmentIds. */
  heldJson?: string;
  error?: string;
  maxImages: number;
  maxMegabytes: number;
  textarea: RefObject<HTMLTextAreaElement | null>;
  /** Called when the text changed (draft saving). */
  onTextChange?: () => void;
  /** "conversation": a private message's form — uploads are stored privately (lib/uploads/picture-urls.ts). */
  uploadFor?: "conversation";
  /** Its words in the page's language (components/thread/composer-text.ts). */
  text?: ComposerText;
};

function parseHeld(json: string | undefined): HeldPicture[] {
  try {
    const list = JSON.parse(json ?? "[]") as HeldPicture[];
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

type UploadAnswer = { ok: true; picture: HeldPicture } | { ok: false; message: string };

function upload(file: File, held: number, uploadFor: string | undefined, failed: string, onProgress: (p: number) => void): Promise<UploadAnswer> {
  return new Promise((resolve) => {
    const body = new FormData();
    body.append("file", file);
    body.append("held", String(held));
    if (uploadFor) body.append("for", uploadFor);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", pageApiPath("/api/uploads"));
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      try {
        const answer = JSON.parse(xhr.responseText) as { picture?: HeldPicture; message?: string };
        resolve(xhr.status === 200 && answer.picture ? { ok: true, picture: answer.picture } : { ok: false, message: answer.message ?? failed });
      } catch {
        resolve({ ok: false, message: xhr.status === 413 ? xhr.responseText.slice(0, 300) || failed : failed });
      }
    };
    xhr.onerror = () => resolve({ ok: false, message: failed });
    xhr.send(body);
  });
}

export function PicturePicker({ heldJson, error, maxImages, maxMegabytes, textarea, onTextChange, uploadFor, text: M = VI_COMPOSER_TEXT }: Props) {
  const [held, setHeld] = useState<HeldPicture[]>(() => parseHeld(heldJson));
  const [pending, setPending] = useState<Pending[]>([]);
  const [enhanced, setEnhanced] = useState(false);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const heldRef = useRef(held);
  heldRef.current = held;

  useEffect(() => setEnhanced(true), []);
  // A refused form comes back with what it holds: the server's list wins.
  useEffect(() => setHeld(parseHeld(heldJson)), [heldJson]);

  const addFiles = async (files: File[]) => {
    for (const file of files) {
      if (heldRef.current.length >= maxImages) {
        setPending((p) => [...p, { key: `${Date.now()}-${file.name}`, name: file.name, progress: 0, error: fill(M.picturesFull, { max: maxImages }) }]);
        break;
      }
      const key = `${Date.now()}-${Math.random()}`;
      setPending((p) => [...p, { key, name: file.name, progress: 0 }]);
      const answer = await upload(file, heldRef.current.length, uploadFor, M.pictureFailed, (progress) => setPending((p) => p.map((x) => (x.key === key ? { ...x, progress } : x))));
      if (answer.ok) {
        setHeld((h) => [...h, answer.picture]);
        setPending((p) => p.filter((x) => x.key !== key));
      } else {
        setPending((p) => p.map((x) => (x.key === key ? { ...x, error: answer.message } : x)));
      }
    }
  };

  // Paste and drop onto the text: images only; other pastes are left alone.
  useEffect(() => {
    const el = textarea.current;
    if (!el || !enhanced) return;
    const imagesOf = (list: DataTransferItemList | FileList | null | undefined): File[] =>
      Array.from<DataTransferItem | File>(list ?? [])
        .map((item) => (item instanceof File ? item : item.kind === "file" ? item.getAsFile() : null))
        .filter((f): f is File => !!f && f.type.startsWith("image/"));
    const onPaste = (e: ClipboardEvent) => {
      const files = imagesOf(e.clipboardData?.items);
      if (files.length === 0) return;
      e.preventDefault();
      void addFiles(files);
    };
    const onDragOver = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes("Files")) return;
      e.preventDefault();
      setDragging(true);
    };
    const onDragLeave = () => setDragging(false);
    const onDrop = (e: DragEvent) => {
      const files = imagesOf(e.dataTransfer?.files);
      setDragging(false);
      if (files.length === 0) return;
      e.preventDefault();
      void addFiles(files);
    };
    el.addEventListener("paste", onPaste);
    el.addEventListener("dragover", onDragOver);
    el.addEventListener("dragleave", onDragLeave);
    el.addEventListener("drop", onDrop);
    return () => {
      el.removeEventListener("paste", onPaste);
      el.removeEventListener("dragover", onDragOver);
      el.removeEventListener("dragleave", onDragLeave);
      el.removeEventListener("drop", onDrop);
    };
  });

  const insert = (picture: HeldPicture, alt: string) => {
    const el = textarea.current;
    if (!el) return;
    const text = `![${alt.replace(/[[\]]/g, "") || picture.name.replace(/\.[a-z0-9]+$/i, "")}](upload:${picture.id})`;
    const start = el.selectionStart ?? el.value.length;
    const end = el.selectionEnd ?? start;
    el.setRangeText(text, start, end, "end");
    el.focus();
    onTextChange?.();
  };

  return (
    <fieldset className={`picture-picker${dragging ? " picture-picker--dragging" : ""}`} data-testid="picture-picker">
      <legend>{M.picturesLegend}</legend>
      <input type="hidden" name="attachmentIds" value={held.map((p) => p.id).join(",")} />
      {held.length > 0 ? (
        <>
          <p className="picture-picker__held-title">{M.picturesHeld}</p>
          <ul className="picture-picker__list">
            {held.map((p) => (
              <HeldItem key={p.id} picture={p} text={M} enhanced={enhanced} onInsert={insert} onRemove={() => setHeld((h) => h.filter((x) => x.id !== p.id))} />
            ))}
          </ul>
        </>
      ) : null}
      {pending.length > 0 ? (
        <ul className="picture-picker__pending" aria-live="polite">
          {pending.map((p) => (
            <li key={p.key} className={p.error ? "picture-picker__failed" : undefined}>
              {p.error ? (
                <span role="alert">{p.error}</span>
              ) : (
                <>
                  <span>{fill(M.pictureUploading, { name: p.name })}</span>
                  <progress max={1} value={p.progress} />
                </>
              )}
              {p.error ? (
                <button type="button" className="button button--small" onClick={() => setPending((list) => list.filter((x) => x.key !== p.key))}>
                  ✕
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <label className="picture-picker__choose">
        <span>{M.picturesChoose}</span>
        <input
          ref={input}
          type="file"
          name="images"
          multiple
          accept="image/jpeg,image/png,image/webp,image/gif,image/avif"
          aria-describedby="picture-picker-hint"
          onChange={
            enhanced
              ? (e) => {
                  const files = Array.from(e.currentTarget.files ?? []);
                  // Uploaded now, one by one: the form itself then carries only their ids.
                  e.currentTarget.value = "";
                  void addFiles(files);
                }
              : undefined
          }
        />
      </label>
      {error ? (
        <p className="field__error" role="alert" data-testid="picture-error">
          {error}
        </p>
      ) : null}
      <p id="picture-picker-hint" className="field__hint">
        {fill(M.picturesHint, { max: maxImages, mb: String(maxMegabytes) })} {enhanced ? M.picturesHintJs : null}
      </p>
    </fieldset>
  );
}

function HeldItem({ picture, text: M, enhanced, onInsert, onRemove }: { picture: HeldPicture; text: ComposerText; enhanced: boolean; onInsert: (p: HeldPicture, alt: string) => void; onRemove: () => void }) {
  const [alt, setAlt] = useState("");
  return (
    <li className="picture-picker__item" data-testid="held-picture">
      {picture.thumb ? <img src={picture.thumb} alt="" width={80} height={80} className="picture-picker__thumb" /> : null}
      <div className="picture-picker__meta">
        <span className="picture-picker__name">{picture.name}</span>
        <label className="picture-picker__alt">
          <span className="visually-hidden">{M.pictureAlt}</span>
          <input name={`alt-${picture.id}`} maxLength={300} placeholder={M.pictureAlt} value={alt} onChange={(e) => setAlt(e.target.value)} />
        </label>
        {enhanced ? (
          <span className="picture-picker__actions">
            <button type="button" className="button button--small" onClick={() => onInsert(picture, alt)}>
              {M.pictureInsert}
            </button>
            <button type="button" className="button button--small" onClick={onRemove} aria-label={fill(M.pictureRemoveNamed, { name: picture.name })}>
              {M.pictureRemove}
            </button>
          </span>
        ) : null}
      </div>
    </li>
  );
}
