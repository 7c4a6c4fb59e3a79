// The thread page: mirrors the source forum's article thread (DESIGN.md §1).
import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { Breadcrumb } from "@/components/breadcrumb";
import { NewestPosts } from "@/components/newest-posts";
import { ArticlePost } from "@/components/thread/article-post";
import { ReplyList } from "@/components/thread/reply-list";
import { GuestCallToAction } from "@/components/thread/guest-call-to-action";
import { ThreadJsonLd } from "@/components/thread/thread-json-ld";
import { getOpeningPost, getReplies, getThreadById } from "@/lib/forum/read-thread";
import { getViewer } from "@/lib/session";
import { absoluteUrl, categoryPath, parseSlugId, threadPath } from "@/lib/urls";

type Params = { slugId: string };

async function loadThread(params: Promise<Params>) {
  const parsed = parseSlugId((await params).slugId);
  if (!parsed) notFound();
  const thread = await getThreadById(parsed.id);
  if (!thread) notFound();
  // Old or mistyped slugs for the same id move permanently to the canonical URL.
  if (parsed.slug !== thread.slug) permanentRedirect(threadPath(thread));
  return thread;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const thread = await loadThread(params);
  const url = absoluteUrl(threadPath(thread));
  const description = thread.lead ?? undefined;
  return {
    title: thread.title,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: "article",
      title: thread.title,
      description,
      url,
      publishedTime: (thread.publishedAt ?? thread.createdAt).toISOString(),
      authors: [thread.author.displayName],
      section: thread.category.name,
    },
  };
}

export default async function ThreadPage({ params }: { params: Promise<Params> }) {
  const thread = await loadThread(params);
  const [opening, replies, viewer] = await Promise.all([getOpeningPost(thread.id), getReplies(thread.id, 1), getViewer()]);
  if (!opening) notFound();

  return (
    <div className="layout">
      <main className="content">
        <Breadcrumb
          items={[
            { href: "/", label: "Diễn đàn" },
            { href: categoryPath(thread.category), label: thread.category.name },
          ]}
        />
        <ArticlePost thread={thread} post={opening} />
        <section className="replies" aria-labelledby="replies-title">
          <h2 id="replies-title" className="replies__title">
            Phản hồi
          </h2>
          <ReplyList replies={replies} />
        </section>
        {viewer ? null : <GuestCallToAction returnTo={threadPath(thread)} />}
      </main>
      <aside className="sidebar" aria-label="Thanh bên">
        <NewestPosts />
      </aside>
      <ThreadJsonLd thread={thread} post={opening} replies={replies} />
    </div>
  );
}
