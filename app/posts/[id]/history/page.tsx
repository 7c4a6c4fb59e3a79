// Edit history of a post, open to every reader: each earlier version, when it
// was replaced and by whom.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getPostRevisions, getPostWithThread } from "@/lib/forum/read-post";
import { formatDateTime } from "@/lib/format";
import { canReadPost } from "@/lib/permissions";
import { getViewer } from "@/lib/next/session";
import { memberPath, postPath } from "@/lib/urls";
import { localized, translator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator();
  return { title: t("posts.historyTitle"), robots: { index: false } };
}

export default async function PostHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const post = await getPostWithThread(Number((await params).id));
  if (!post) notFound();
  // The thread's visibility too: a reply's history must not outlive its hidden thread.
  if (!canReadPost(await getViewer(), post)) notFound();
  const revisions = await getPostRevisions(post.id);
  const t = await translator();
  return (
    <main className="content content--narrow">
      <p>
        <Link href={localized(postPath(post))}>{t("posts.backToPost")}</Link>
      </p>
      <h1 className="page-title">{t("posts.historyTitle")}</h1>
      <p className="page-description">{t("posts.postOf", { number: String(post.number - 1), author: post.author.displayName, thread: post.thread.title })}</p>
      <section className="revision">
        <h2 className="revision__title">{post.editedAt ? t("posts.currentEdited", { time: formatDateTime(post.editedAt) }) : t("posts.current")}</h2>
        <div className="prose" dangerouslySetInnerHTML={{ __html: post.html }} />
      </section>
      {revisions.length === 0 ? <p>{t("posts.neverEdited")}</p> : null}
      <ol className="revision-list">
        {revisions.map((revision) => (
          <li key={revision.id} className="revision">
            <h2 className="revision__title">
              {t.rich("posts.revision", {
                time: () => <time dateTime={revision.createdAt.toISOString()}>{formatDateTime(revision.createdAt)}</time>,
                editor: () => <Link href={localized(memberPath(revision.editor))}>{revision.editor.displayName}</Link>,
              })}
              {revision.reason ? <span data-testid="revision-reason"> · {t("posts.revisionReason", { reason: revision.reason })}</span> : null}
            </h2>
            <div className="prose" dangerouslySetInnerHTML={{ __html: revision.html }} />
          </li>
        ))}
      </ol>
    </main>
  );
}
