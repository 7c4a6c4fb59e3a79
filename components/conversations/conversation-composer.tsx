"use client";
// The conversation form: to start one (recipients, title, first message) or
// to write in one. A plain form posting to a server action, so it works with
// JavaScript off; with JavaScript it adds the Markdown toolbar, a server
// draft saved as the member types, and username suggestions.
import { useActionState, useEffect, useRef, useState } from "react";
import { useTypedText } from "@/components/forms/use-typed-text";
import { useFormStatus } from "react-dom";
import { IDLE, type FormState } from "@/lib/validation/form-contract";
import { CONVERSATION_TITLE_MAX } from "@/lib/validation/conversation-limits";
import { saveConversationDraftAction, submitConversationReply, submitStartConversation } from "@/actions/conversations";
import { ComposerError } from "@/components/thread/composer-error";
import { MarkdownToolbar } from "@/components/thread/markdown-toolbar";
import { PreviewPanel } from "@/components/thread/preview-panel";
import { useDraftSaver } from "@/components/thread/use-draft-saver";
import { PicturePicker } from "@/components/pictures/picture-picker";
import type { ComposerText } from "@/components/thread/composer-text";
import { RecipientsInput } from "./recipients-input";

/** The form's words, in the page's language (app/conversations/composer-text.ts). */
export type ConversationComposerText = {
  startTitle: string;
  replyTitle: string;
  recipients: string;
  recipientsHint: string;
  title: string;
  source: string;
  placeholder: string;
  /** "At most N characters…", the limit already written in. */
  hint: string;
  preview: string;
  send: string;
  start: string;
  sending: string;
};

type Props = {
  mode: "start" | "reply";
  conversationId?: number;
  clientToken: string;
  initial: { recipients: string; title: string; source: string };
  maxLength: number;
  /** Picture limits for this member, or null when they may not attach any (lib/uploads/picture-limits.ts). */
  pictures?: { maxImages: number; maxMegabytes: number } | null;
  text: ConversationComposerText;
  /** The shared writing parts' words (toolbar, preview, pictures, draft), in the page's language. */
  writing: ComposerText;
};

export function ConversationComposer({ mode, conversationId, clientToken, initial, maxLength, pictures, text: TEXT, writing }: Props) {
  const [state, formAction] = useActionState<FormState, FormData>(mode === "start" ? submitStartConversation : submitConversationReply, IDLE);
  const form = useRef<HTMLFormElement>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  useTypedText(textarea);
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []);

  const read = (name: string) => ((form.current?.elements.namedItem(name) as HTMLInputElement | null)?.value ?? "");
  const draft = useDraftSaver({
    snapshot: () => JSON.stringify(mode === "start" ? [read("recipients"), read("title"), read("source")] : [read("source")]),
    isEmpty: (s) => (JSON.parse(s) as string[]).every((v) => v.trim() === ""),
    save: (s) => {
      const values = JSON.parse(s) as string[];
      return mode === "start"
        ? saveConversationDraftAction({ key: "new", clientToken, recipients: values[0], title: values[1], source: values[2] })
        : saveConversationDraftAction({ key: String(conversationId), clientToken, source: values[0] });
    },
    initial: JSON.stringify(mode === "start" ? [initial.recipients, initial.title, initial.source] : [initial.source]),
    text: writing,
  });

  // After a refusal or a preview, what the server echoed back is exactly what was sent.
  const values = { ...initial, ...state.values };
  useEffect(() => {
    if (textarea.current && state.values?.source !== undefined) textarea.current.value = state.values.source;
  }, [state]);

  const onInput = enhanced ? draft.schedule : undefined;
  return (
    <form ref={form} action={formAction} onSubmit={draft.cancelOnPost} className="composer" id="conversation-composer" aria-labelledby="conversation-composer-title">
      {/* The start page's own heading says it already: the form's title is for screen readers there. */}
      <h2 id="conversation-composer-title" className={mode === "start" ? "visually-hidden" : "composer__title"}>
        {mode === "start" ? TEXT.startTitle : TEXT.replyTitle}
      </h2>
      {conversationId ? <input type="hidden" name="conversationId" value={conversationId} /> : null}
      <input type="hidden" name="clientToken" value={clientToken} />
      <ComposerError message={state.status === "error" ? state.message : undefined} testId="composer-error" />
      {mode === "start" ? (
        <>
          <div className="field">
            <label htmlFor="conversation-recipients">{TEXT.recipients}</label>
            <RecipientsInput id="conversation-recipients" name="recipients" defaultValue={values.recipients} hint={TEXT.recipientsHint} error={state.errors?.recipients} onInput={onInput} />
          </div>
          <div className="field">
            <label htmlFor="conversation-title">{TEXT.title}</label>
            <input
              id="conversation-title"
              name="title"
              defaultValue={values.title}
              key={`title-${values.title}`}
              maxLength={CONVERSATION_TITLE_MAX}
              required
              aria-invalid={state.errors?.title ? true : undefined}
              onInput={onInput}
            />
            {state.errors?.title ? <span className="field__error">{state.errors.title}</span> : null}
          </div>
        </>
      ) : null}
      <PreviewPanel state={state} label={writing.preview} />
      {enhanced ? <MarkdownToolbar target={textarea} onChange={draft.schedule} text={writing} /> : null}
      <div className="field">
        <label htmlFor="conversation-source" className={mode === "reply" ? "visually-hidden" : undefined}>
          {TEXT.source}
        </label>
        <textarea
          ref={textarea}
          id="conversation-source"
          name="source"
          defaultValue={values.source}
          rows={mode === "start" ? 8 : 5}
          maxLength={maxLength}
          required
          placeholder={TEXT.placeholder}
          aria-invalid={state.errors?.source ? true : undefined}
          aria-describedby="conversation-source-hint"
          onInput={onInput}
        />
        <div id="conversation-source-hint" className="field__hint composer__hint">
          <span>{TEXT.hint}</span>
          <span aria-live="polite" data-testid="draft-status">
            {draft.status}
          </span>
        </div>
      </div>
      {pictures ? (
        <PicturePicker
          heldJson={state.data?.pictures}
          error={state.errors?.images}
          maxImages={pictures.maxImages}
          maxMegabytes={pictures.maxMegabytes}
          textarea={textarea}
          onTextChange={enhanced ? draft.schedule : undefined}
          uploadFor="conversation"
          text={writing}
        />
      ) : null}
      <div className="composer__actions">
        <Buttons label={mode === "start" ? TEXT.start : TEXT.send} preview={TEXT.preview} sending={TEXT.sending} />
      </div>
    </form>
  );
}

function Buttons({ label, preview, sending: sendingLabel }: { label: string; preview: string; sending: string }) {
  const { pending, data } = useFormStatus();
  const sending = pending && data?.get("intent") !== "preview";
  return (
    <>
      <button type="submit" name="intent" value="preview" className="button" disabled={pending} formNoValidate>
        {preview}
      </button>
      <button type="submit" name="intent" value="post" className="button button--primary" disabled={pending} aria-disabled={pending}>
        {sending ? sendingLabel : label}
      </button>
    </>
  );
}
