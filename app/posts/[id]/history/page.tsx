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
import { WRITING_MESSAGES as W } from "@/lib/forum/writing-messages";

export const metadata: Metadata = { title: "Lịch sử chỉnh sửa", robots: { index: false } };

export default async function PostHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const post = await getPostWithThread(Number((await params).id));
  if (!post) notFound();
  // The thread's visibility too: a reply's history must not outlive its hidden thread.
  if (!canReadPost(await getViewer(), post)) notFound();
  const revisions = await getPostRevisions(post.id);
  return (
    <main className="content content--narrow">
      <p>
        <Link href={postPath(post)}>← Quay lại bài viết</Link>
      </p>
      <h1 className="page-title">Lịch sử chỉnh sửa</h1>
      <p className="page-description">
        Bài viết #{post.number - 1} của {post.author.displayName} trong “{post.thread.title}”.
      </p>
      <section className="revision">
        <h2 className="revision__title">Bản hiện tại{post.editedAt ? ` · sửa lúc ${formatDateTime(post.editedAt)}` : ""}</h2>
        <div className="prose" dangerouslySetInnerHTML={{ __html: post.html }} />
      </section>
      {revisions.length === 0 ? <p>Bài viết chưa được chỉnh sửa.</p> : null}
      <ol className="revision-list">
        {revisions.map((revision) => (
          <li key={revision.id} className="revision">
            <h2 className="revision__title">
              Bản trước · được thay lúc <time dateTime={revision.createdAt.toISOString()}>{formatDateTime(revision.createdAt)}</time> bởi{" "}
              <Link href={memberPath(revision.editor)}>{revision.editor.displayName}</Link>
              {revision.reason ? <span data-testid="revision-reason"> · {W.reasonInHistory(revision.reason)}</span> : null}
            </h2>
            <div className="prose" dangerouslySetInnerHTML={{ __html: revision.html }} />
          </li>
        ))}
      </ol>
    </main>
  );
}
