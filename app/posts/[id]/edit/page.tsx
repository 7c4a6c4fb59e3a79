// Editing a reply or a discussion's opening post (its author within the edit
// window, staff any time). An imported article is not Markdown: not edited here.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/breadcrumb";
import { EditPostForm } from "@/components/thread/edit-post-form";
import { getPostWithThread } from "@/lib/forum/read-post";
import { canEditPost, canSeePost } from "@/lib/permissions";
import { getSettings } from "@/lib/settings";
import { pictureLimitsFor } from "@/lib/uploads/picture-limits";
import { getViewer } from "@/lib/next/session";
import { categoryPath, threadPath } from "@/lib/urls";
import { EditTimeLeft } from "@/components/writing/edit-time-left";
import { composerText } from "@/components/thread/composer-text.server";
import { translator } from "@/lib/i18n/server";
import { THREAD_TITLE_MAX, THREAD_TITLE_MIN } from "@/lib/validation/thread";

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator();
  return { title: t("posts.editPageTitle"), robots: { index: false } };
}

export default async function EditPostPage({ params }: { params: Promise<{ id: string }> }) {
  const post = await getPostWithThread(Number((await params).id));
  if (!post || post.format !== "markdown") notFound();
  const [viewer, settings] = await Promise.all([getViewer(), getSettings()]);
  // A thread held back, or a reply waiting for approval, is not named to those who may not see it.
  if (!canSeePost(viewer, post)) notFound();
  const allowed = canEditPost(viewer, { ...post, threadLocked: post.thread.locked }, settings);
  const t = await translator();
  return (
    <main className="content content--narrow">
      <Breadcrumb
        items={[
          { href: "/", label: t("nav.forums") },
          { href: categoryPath(post.thread.category), label: post.thread.category.name },
          { href: threadPath(post.thread), label: post.thread.title },
          { href: `/posts/${post.id}/edit`, label: t("posts.editCrumb") },
        ]}
      />
      <h1 className="page-title">{post.number === 1 ? t("posts.editOpening") : t("posts.editReply", { number: String(post.number - 1) })}</h1>
      {allowed ? (
        <EditPostForm
          postId={post.id}
          source={post.source}
          maxLength={settings.maxReplyLength}
          title={post.number === 1 ? { value: post.thread.title, min: THREAD_TITLE_MIN, max: THREAD_TITLE_MAX } : undefined}
          pictures={await pictureLimitsFor(viewer, settings)}
          timeLeft={<EditTimeLeft viewer={viewer} post={{ ...post, threadLocked: post.thread.locked }} editWindowMinutes={settings.editWindowMinutes} className="edit-time-left notice" />}
          text={await composerText()}
        />
      ) : (
        <p className="notice notice--warning">
          {viewer ? t("posts.cannotEdit", { minutes: String(settings.editWindowMinutes) }) : t("posts.editLogIn")}
        </p>
      )}
    </main>
  );
}
