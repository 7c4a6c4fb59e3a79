// What a reply or an edit will look like, as the server rendered it after the
// "Xem trước" button (shown above the text box, which keeps the text).
import type { FormState } from "@/lib/validation/form-state";

export function PreviewPanel({ state }: { state: FormState }) {
  if (state.status !== "preview" || !state.data?.html) return null;
  return (
    <section className="composer__preview" aria-label="Xem trước">
      <div className="composer__preview-label">Xem trước</div>
      {/* Rendered and sanitised on the server by lib/markdown. */}
      <div className="prose" dangerouslySetInnerHTML={{ __html: state.data.html }} />
    </section>
  );
}
