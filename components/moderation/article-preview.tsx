"use client";
// The dry run of the publish form: the article laid out as its thread page
// shows it (title, byline, lead, body, source), not the importer's JSON.
// The body is the HTML the importer stores, every text of it escaped
// (lib/article-import/render-html.ts). Its words come from the server page
// (article-preview-labels.ts): a client component does not load the catalogs.
import { useActionFormState } from "@/components/forms/action-form";
import { pageLocale } from "@/lib/format";
import { INTL_TAGS } from "@/lib/i18n/locales";

export type ArticlePreviewLabels = { region: string; label: string; source: string; original: string; published: string };

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "" : date.toLocaleString(INTL_TAGS[pageLocale()], { timeZone: "Asia/Ho_Chi_Minh", dateStyle: "short", timeStyle: "short" });
}

export function ArticlePreview({ labels: TEXT }: { labels: ArticlePreviewLabels }) {
  const state = useActionFormState();
  // Published, with files the article did not name (said in the form's message): the way to the thread.
  if (state.status === "success" && state.data?.threadUrl) {
    return (
      <p>
        <a href={state.data.threadUrl} data-testid="published-article">
          {TEXT.published}
        </a>
      </p>
    );
  }
  const data = state.status === "preview" ? state.data : undefined;
  if (!data?.title) return null;
  return (
    <section className="composer__preview" aria-label={TEXT.region}>
      <div className="composer__preview-label">{TEXT.label}</div>
      <article className="article" data-testid="article-preview">
        <h2 className="article__title">{data.title}</h2>
        <p className="article__byline">
          <strong>{data.author}</strong>
          {data.userTitle ? <> · {data.userTitle}</> : null}
          {data.publishedAt ? (
            <>
              {" · "}
              <time dateTime={data.publishedAt}>{formatDate(data.publishedAt)}</time>
            </>
          ) : null}
        </p>
        {data.lead ? <p className="article__lead">{data.lead}</p> : null}
        <div className="article__body prose" dangerouslySetInnerHTML={{ __html: data.html }} />
        {data.source || data.sourceUrl ? (
          <footer className="article__source">
            {data.source ? <span>{TEXT.source} {data.source}</span> : null}
            {data.sourceUrl ? (
              <>
                {" · "}
                <a href={data.sourceUrl} rel="nofollow noopener noreferrer">
                  {TEXT.original}
                </a>
              </>
            ) : null}
          </footer>
        ) : null}
      </article>
    </section>
  );
}
