"use client";
// The reply box. A plain form that posts to a server action, so it works with
// JavaScript off; with JavaScript on it adds a Markdown toolbar, saves a draft
// on the server as the member types, and posts without reloading the page.
import { useActionState, useEffect, useRef, useState } from "react";
import { useTypedText } from "@/components/forms/use-typed-text";
import { useFormStatus } from "react-dom";
import { IDLE, type FormState } from "@/lib/validation/form-contract";
import { saveDraftAction, submitReply } from "@/actions/forum";
import { ChallengeFields, type ChallengeProps } from "@/components/spam/challenge-fields";
import { ComposerError } from "./composer-error";
import { MarkdownToolbar } from "./markdown-toolbar";
import { useDraftSaver } from "./use-draft-saver";
import { PreviewPanel } from "./preview-panel";
import { PicturePicker } from "@/components/pictures/picture-picker";
import { LivePreview } from "@/components/writing/live-preview";
import { MultiQuoteBar } from "@/components/writing/multi-quote-bar";
import { fill, type ComposerText } from "./composer-text";

type Props = {
  threadId: number;
  clientToken: string;
  initialSource: string;
  maxLength: number;
  /** The anti-spam challenge, for members in their first hours when the setting is on. */
  challenge?: ChallengeProps | null;
  /** Picture limits for this member, or null when they may not attach any (lib/uploads/picture-limits.ts). */
  pictures?: { maxImages: number; maxMegabytes: number } | null;
  /** Posts collected with "+ Trích dẫn" without JavaScript (the selection cookie). */
  multiQuoteCount?: number;
  /** The composer catalog in the page's language (composer-text.ts). */
  text: ComposerText;
};

export function ReplyComposer({ threadId, clientToken, initialSource, maxLength, challenge, pictures, multiQuoteCount = 0, text }: Props) {
  const [state, formAction] = useActionState<FormState, FormData>(submitReply, IDLE);
  const textarea = useRef<HTMLTextAreaElement>(null);
  useTypedText(textarea);
  const [enhanced, setEnhanced] = useState(false);
  const draft = useDraftSaver({
    snapshot: () => textarea.current?.value ?? "",
    isEmpty: (value) => value.trim() === "",
    // The token ties the save to this form: once its text is posted, the server refuses it.
    save: (value) => saveDraftAction({ threadId, source: value, clientToken }),
    initial: initialSource,
    text,
  });
  const scheduleDraftSave = draft.schedule;

  // The toolbar and draft saving need JavaScript; without it they never render.
  useEffect(() => setEnhanced(true), []);

  // After a failed submit or a preview, the text the server echoed back wins:
  // it is exactly what was submitted.
  const source = state.values?.source ?? initialSource;
  useEffect(() => {
    if (textarea.current && state.values?.source !== undefined) textarea.current.value = state.values.source;
  }, [state]);

  // Other components (quote buttons) insert text through this event.
  useEffect(() => {
    const onInsert = (event: Event) => {
      const el = textarea.current;
      if (!el) return;
      const text = (event as CustomEvent<string>).detail;
      el.value = el.value.trim() === "" ? text : `${el.value.replace(/\s*$/, "")}\n\n${text}`;
      el.focus();
      el.setSelectionRange(el.value.length, el.value.length);
      scheduleDraftSave();
    };
    window.addEventListener("banluan:insert-quote", onInsert);
    return () => window.removeEventListener("banluan:insert-quote", onInsert);
  });

  const error = state.status === "error" ? state.message : undefined;
  const sourceErrors = state.errors?.source;

  return (
    <form action={formAction} onSubmit={draft.cancelOnPost} className="composer" id="reply-composer" aria-labelledby="composer-title">
      <h2 id="composer-title" className="composer__title">
        {text.replyTitle}
      </h2>
      <input type="hidden" name="threadId" value={threadId} />
      <input type="hidden" name="clientToken" value={clientToken} />
      {challenge ? <ChallengeFields challenge={challenge} text={text} /> : null}
      <ComposerError message={error} testId="composer-error" />
      <PreviewPanel state={state} label={text.preview} />
      <MultiQuoteBar threadId={threadId} serverCount={multiQuoteCount} notice={state.status === "success" ? state.message : undefined} text={text} />
      {enhanced ? <MarkdownToolbar target={textarea} onChange={scheduleDraftSave} text={text} /> : null}
      <div className="field">
        <label htmlFor="reply-source" className="visually-hidden">
          {text.replyLabel}
        </label>
        <textarea
          ref={textarea}
          id="reply-source"
          name="source"
          defaultValue={source}
          rows={7}
          maxLength={maxLength}
          required
          placeholder={text.replyPlaceholder}
          aria-invalid={sourceErrors ? true : undefined}
          aria-describedby="reply-source-hint"
          onInput={enhanced ? scheduleDraftSave : undefined}
        />
        <div id="reply-source-hint" className="field__hint composer__hint">
          <span>{fill(text.maxChars, { max: maxLength })}</span>
          <span aria-live="polite" data-testid="draft-status">
            {draft.status}
          </span>
        </div>
      </div>
      {pictures ? (
        <PicturePicker heldJson={state.data?.pictures} error={state.errors?.images} maxImages={pictures.maxImages} maxMegabytes={pictures.maxMegabytes} textarea={textarea} onTextChange={scheduleDraftSave} text={text} />
      ) : null}
      {enhanced ? <LivePreview textareaId="reply-source" text={text} /> : null}
      <div className="composer__actions">
        <PreviewButton text={text} />
        <SubmitButton text={text} />
      </div>
    </form>
  );
}

function SubmitButton({ text }: { text: ComposerText }) {
  const { pending, data } = useFormStatus();
  const posting = pending && data?.get("intent") !== "preview";
  return (
    <button type="submit" name="intent" value="post" className="button button--primary" disabled={pending} aria-disabled={pending}>
      {posting ? text.sending : text.postReply}
    </button>
  );
}

function PreviewButton({ text }: { text: ComposerText }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" name="intent" value="preview" className="button" disabled={pending} formNoValidate>
      {text.preview}
    </button>
  );
}
