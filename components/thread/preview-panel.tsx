// What a reply or an edit will look like, as the server rendered it after the
// "Xem trước" button (shown above the text box, which keeps the text).
// `label` is composer.preview in the page's language (composer-text.ts).
import type { FormState } from "@/lib/validation/form-state";
import { VI_COMPOSER_TEXT } from "./composer-text";

export function PreviewPanel({ state, label = VI_COMPOSER_TEXT.preview }: { state: FormState; label?: string }) {
  if (state.status !== "preview" || !state.data?.html) return null;
  return (
    <section className="composer__preview" aria-label={label}>
      <div className="composer__preview-label">{label}</div>
      {/* Rendered and sanitised on the server by lib/markdown. */}
      <div className="prose" dangerouslySetInnerHTML={{ __html: state.data.html }} />
    </section>
  );
}
