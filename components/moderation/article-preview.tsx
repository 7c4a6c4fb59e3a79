"use client";
// The dry run of the publish form: the parsed article as the importer sees it.
import { useActionFormState } from "@/components/forms/action-form";

export function ArticlePreview() {
  const state = useActionFormState();
  if (state.status !== "preview" || !state.data?.json) return null;
  return (
    <section className="composer__preview" aria-label="Xem thử">
      <div className="composer__preview-label">Xem thử (chưa đăng)</div>
      <pre className="article-preview" data-testid="article-preview">
        {state.data.json}
      </pre>
    </section>
  );
}
