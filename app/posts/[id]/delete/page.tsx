// Confirming the deletion of one's own reply (a plain form: works without JavaScript).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteOwnPostForm } from "@/components/thread/delete-own-post-form";
import { getPostWithThread } from "@/lib/forum/read-post";
import { canDeleteOwnPost, canSeePost } from "@/lib/permissions";
import { getViewer } from "@/lib/next/session";
import { postPath } from "@/lib/urls";
import { localized, translator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator();
  return { title: t("composer.deletePost"), robots: { index: false } };
}

export default async function DeletePostPage({ params }: { params: Promise<{ id: string }> }) {
  const post = await getPostWithThread(Number((await params).id));
  if (!post || post.number === 1) notFound();
  const viewer = await getViewer();
  if (!canSeePost(viewer, post)) notFound();
  const allowed = canDeleteOwnPost(viewer, { ...post, threadLocked: post.thread.locked });
  const t = await translator();
  return (
    <main className="content content--narrow">
      <h1 className="page-title">{t("posts.deleteTitle", { number: String(post.number - 1) })}</h1>
      {allowed ? (
        <>
          <p>{t.rich("posts.deleteExplain", { thread: () => <strong>{post.thread.title}</strong> })}</p>
          <blockquote className="prose quote-preview" dangerouslySetInnerHTML={{ __html: post.html }} />
          <DeleteOwnPostForm postId={post.id} cancelHref={localized(postPath(post))} labels={{ cancel: t("composer.cancel"), delete: t("composer.deletePost") }} />
        </>
      ) : (
        <p className="notice notice--warning">
          {t("posts.deleteOnlyOwn")} <Link href={localized(postPath(post))}>{t("posts.backToPostPlain")}</Link>
        </p>
      )}
    </main>
  );
}
