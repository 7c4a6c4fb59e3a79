"use client";
// The edit form: like the composer, a plain form with a preview button. For a
// thread's opening post it also holds the thread's title.
import { useActionState, useEffect, useRef, useState } from "react";
import { useFormStatus } from "react-dom";
import { IDLE, type FormState } from "@/lib/validation/form-contract";
import { editPostAction } from "@/actions/forum";
import { FormMessage } from "@/components/forms/form-message";
import { PreviewPanel } from "./preview-panel";
import { PicturePicker } from "@/components/pictures/picture-picker";
import { MarkdownToolbar } from "./markdown-toolbar";
import { EditReasonField } from "@/components/writing/edit-reason-field";
import { LivePreview } from "@/components/writing/live-preview";
import type { ComposerText } from "./composer-text";
import { useTypedText } from "@/components/forms/use-typed-text";

type Props = {
  postId: number;
  source: string;
  maxLength: number;
  title?: { value: string; min: number; max: number };
  /** Picture limits for this member (more pictures may join the post), or null. */
  pictures?: { maxImages: number; maxMegabytes: number } | null;
  /** "còn X phút để sửa", for a member inside the edit window (components/writing/edit-time-left.tsx). */
  timeLeft?: React.ReactNode;
  /** The composer catalog in the page's language (composer-text.ts). */
  text: ComposerText;
};

export function EditPostForm({ postId, source, maxLength, title, pictures, timeLeft, text }: Props) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  useTypedText(textarea);
  // The composer's toolbar and live preview need JavaScript: rendered once it runs.
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []);
  const [state, action] = useActionState<FormState, FormData>(editPostAction, IDLE);
  const value = state.values?.source ?? source;
  const titleValue = state.values?.title ?? title?.value;
  return (
    <form action={action} className="form composer">
      <input type="hidden" name="postId" value={postId} />
      {state.status === "error" ? <FormMessage state={state} /> : null}
      {title ? (
        <div className="field">
          <label htmlFor="edit-title">{text.threadTitle}</label>
          <input key={titleValue} id="edit-title" name="title" defaultValue={titleValue} required minLength={title.min} maxLength={title.max} autoComplete="off" />
          {state.errors?.title ? <span className="field__error">{state.errors.title}</span> : null}
        </div>
      ) : null}
      <PreviewPanel state={state} label={text.preview} />
      {timeLeft}
      <div className="field">
        <label htmlFor="edit-source">{text.body}</label>
        {enhanced ? <MarkdownToolbar target={textarea} onChange={() => undefined} text={text} /> : null}
        <textarea ref={textarea} key={value} id="edit-source" name="source" defaultValue={value} rows={10} maxLength={maxLength} required />
      </div>
      {pictures ? (
        <PicturePicker heldJson={state.data?.pictures} error={state.errors?.images} maxImages={pictures.maxImages} maxMegabytes={pictures.maxMegabytes} textarea={textarea} text={text} />
      ) : null}
      {enhanced ? <LivePreview textareaId="edit-source" text={text} /> : null}
      <EditReasonField value={state.values?.reason} error={state.errors?.reason} text={text} />
      <Buttons text={text} />
    </form>
  );
}

function Buttons({ text }: { text: ComposerText }) {
  const { pending } = useFormStatus();
  return (
    <div className="composer__actions">
      <button type="submit" name="intent" value="preview" className="button" disabled={pending} formNoValidate>
        {text.preview}
      </button>
      <button type="submit" name="intent" value="save" className="button button--primary" disabled={pending}>
        {text.saveChanges}
      </button>
    </div>
  );
}
