"use client";
import { ChallengeFields, type ChallengeProps } from "@/components/spam/challenge-fields";
// The "Tạo chủ đề" form. A plain form that posts to a server action, so it
// works with JavaScript off (the page comes back with the message and the
// text as typed, or the browser follows the redirect to the new thread); with
// JavaScript on it adds the Markdown toolbar, saves what is typed as a draft
// on the server (restored here after a reload), the opt-in live preview, and
// posts without a reload.
import { useActionState, useEffect, useRef, useState } from "react";
import { useTypedText } from "@/components/forms/use-typed-text";
import { useFormStatus } from "react-dom";
import { saveThreadDraftAction, submitNewThread } from "@/actions/forum";
import { IDLE, type FormState } from "@/lib/validation/form-contract";
import { ComposerError } from "./composer-error";
import { MarkdownToolbar } from "./markdown-toolbar";
import { PreviewPanel } from "./preview-panel";
import { useDraftSaver } from "./use-draft-saver";
import { PicturePicker } from "@/components/pictures/picture-picker";
import { LivePreview } from "@/components/writing/live-preview";
import { fill, type ComposerText } from "./composer-text";

type Props = {
  categories: { id: number; name: string }[];
  categoryId: number;
  clientToken: string;
  limits: { titleMin: number; titleMax: number; bodyMax: number };
  /** The member's saved draft, restored into the fields. */
  draft: { title: string; source: string } | null;
  /** The anti-spam challenge, for members in their first hours when the setting is on. */
  challenge?: ChallengeProps | null;
  /** Picture limits for this member, or null when they may not attach any (lib/uploads/picture-limits.ts). */
  pictures?: { maxImages: number; maxMegabytes: number } | null;
  /** The composer catalog in the page's language (composer-text.ts). */
  text: ComposerText;
};

type DraftFields = { categoryId: string; title: string; source: string };

export function NewThreadForm({ categories, categoryId, clientToken, limits, draft, challenge, pictures, text }: Props) {
  const [state, formAction] = useActionState<FormState, FormData>(submitNewThread, IDLE);
  const form = useRef<HTMLFormElement>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  useTypedText(textarea);
  const fields = (): DraftFields => {
    const data = form.current ? new FormData(form.current) : null;
    const read = (name: string) => String(data?.get(name) ?? "");
    return { categoryId: read("categoryId"), title: read("title"), source: read("source") };
  };
  const saver = useDraftSaver({
    snapshot: () => JSON.stringify(fields()),
    isEmpty: (value) => {
      const { title, source } = JSON.parse(value) as DraftFields;
      return title.trim() === "" && source.trim() === "";
    },
    // The token ties the save to this form: once the thread is created, the server refuses it.
    save: (value) => saveThreadDraftAction({ ...(JSON.parse(value) as DraftFields), clientToken }),
    initial: JSON.stringify({ categoryId: String(categoryId), title: draft?.title ?? "", source: draft?.source ?? "" }),
    text,
  });
  const [enhanced, setEnhanced] = useState(false);
  // The toolbar and the live preview need JavaScript; without them the "Xem trước" button previews.
  useEffect(() => setEnhanced(true), []);

  // After a refusal or a preview the server echoes what was submitted: the
  // fields are re-created from it (keyed), so nothing typed is lost.
  const values = state.values ?? {};
  const errors = state.errors ?? {};
  const error = state.status === "error" ? state.message : undefined;
  const describe = (id: string, field: string) => [`${id}-hint`, errors[field] ? `${id}-error` : null].filter(Boolean).join(" ");

  return (
    <form
      ref={form}
      action={formAction}
      onSubmit={saver.cancelOnPost}
      className="composer new-thread"
      aria-label={text.newThread}
      onInput={enhanced ? saver.schedule : undefined}
      onChange={enhanced ? saver.schedule : undefined}
    >
      <input type="hidden" name="clientToken" value={clientToken} />
      {challenge ? <ChallengeFields challenge={challenge} text={text} /> : null}
      <ComposerError message={error} testId="new-thread-error" />
      <div className="new-thread__fields" key={JSON.stringify(values)}>
        <div className="field">
          <label htmlFor="thread-category">{text.category}</label>
          <select
            id="thread-category"
            name="categoryId"
            defaultValue={values.categoryId ?? String(categoryId)}
            aria-invalid={errors.categoryId ? true : undefined}
            aria-describedby={errors.categoryId ? "thread-category-error" : undefined}
          >
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <FieldError id="thread-category-error" message={errors.categoryId} />
        </div>
        <div className="field">
          <label htmlFor="thread-title">{text.title}</label>
          <input
            id="thread-title"
            name="title"
            defaultValue={values.title ?? draft?.title ?? ""}
            required
            minLength={limits.titleMin}
            maxLength={limits.titleMax}
            autoComplete="off"
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={describe("thread-title", "title")}
          />
          <span id="thread-title-hint" className="field__hint">
            {fill(text.titleHint, { min: limits.titleMin, max: limits.titleMax })}
          </span>
          <FieldError id="thread-title-error" message={errors.title} />
        </div>
        <PreviewPanel state={state} label={text.preview} />
        <div className="field">
          <label htmlFor="thread-source">{text.body}</label>
          {enhanced ? <MarkdownToolbar target={textarea} onChange={saver.schedule} text={text} /> : null}
          <textarea
            ref={textarea}
            id="thread-source"
            name="source"
            defaultValue={values.source ?? draft?.source ?? ""}
            rows={12}
            maxLength={limits.bodyMax}
            required
            placeholder={text.bodyPlaceholder}
            aria-invalid={errors.source ? true : undefined}
            aria-describedby={describe("thread-source", "source")}
          />
          <span id="thread-source-hint" className="field__hint">
            {fill(text.maxChars, { max: limits.bodyMax })}
          </span>
          <FieldError id="thread-source-error" message={errors.source} />
        </div>
      </div>
      {pictures ? (
        <PicturePicker heldJson={state.data?.pictures} error={errors.images} maxImages={pictures.maxImages} maxMegabytes={pictures.maxMegabytes} textarea={textarea} onTextChange={saver.schedule} text={text} />
      ) : null}
      {enhanced ? <LivePreview textareaId="thread-source" text={text} /> : null}
      <div className="composer__actions">
        <span aria-live="polite" className="field__hint" data-testid="draft-status">
          {saver.status}
        </span>
        <Buttons text={text} />
      </div>
    </form>
  );
}

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <span className="field__error" id={id}>
      {message}
    </span>
  ) : null;
}

function Buttons({ text }: { text: ComposerText }) {
  const { pending, data } = useFormStatus();
  const posting = pending && data?.get("intent") !== "preview";
  return (
    <>
      <button type="submit" name="intent" value="preview" className="button" disabled={pending} formNoValidate>
        {text.preview}
      </button>
      <button type="submit" name="intent" value="post" className="button button--primary" disabled={pending} aria-disabled={pending}>
        {posting ? text.creating : text.newThread}
      </button>
    </>
  );
}
