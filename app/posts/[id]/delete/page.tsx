// Confirming the deletion of one's own reply (a plain form: works without JavaScript).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteOwnPostForm } from "@/components/thread/delete-own-post-form";
import { getPostWithThread } from "@/lib/forum/read-post";
import { canDeleteOwnPost, canSeePost } from "@/lib/permissions";
import { getViewer } from "@/lib/next/session";
import { postPath } from "@/lib/urls";

export const metadata: Metadata = { title: "Xóa bài viết", robots: { index: false } };

export default async function DeletePostPage({ params }: { params: Promise<{ id: string }> }) {
  const post = await getPostWithThread(Number((await params).id));
  if (!post || post.number === 1) notFound();
  const viewer = await getViewer();
  if (!canSeePost(viewer, post)) notFound();
  const allowed = canDeleteOwnPost(viewer, { ...post, threadLocked: post.thread.locked });
  return (
    <main className="content content--narrow">
      <h1 className="page-title">Xóa bài viết #{post.number - 1}</h1>
      {allowed ? (
        <>
          <p>
            Bài viết sẽ được thay bằng dòng “Bài viết đã bị tác giả xóa” trong chủ đề <strong>{post.thread.title}</strong>. Điều hành viên
            vẫn có thể khôi phục nội dung.
          </p>
          <blockquote className="prose quote-preview" dangerouslySetInnerHTML={{ __html: post.html }} />
          <DeleteOwnPostForm postId={post.id} cancelHref={postPath(post)} />
        </>
      ) : (
        <p className="notice notice--warning">
          Bạn chỉ có thể xóa bài viết của chính mình. <Link href={postPath(post)}>Quay lại bài viết</Link>
        </p>
      )}
    </main>
  );
}
