// Reporting a reply to the moderators: a reason and an optional note.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm, FieldError, FormRadio, FormTextarea } from "@/components/forms/action-form";
import { reportPostAction } from "@/actions/moderation";
import { getPostWithThread } from "@/lib/forum/read-post";
import { hasOpenReport } from "@/lib/moderation/reports";
import { canReport, canSeePost } from "@/lib/permissions";
import { getViewer } from "@/lib/next/session";
import { postPath } from "@/lib/urls";
import { REPORT_REASONS } from "@/lib/validation/moderation";

export const metadata: Metadata = { title: "Báo cáo bài viết", robots: { index: false } };

export default async function ReportPostPage({ params }: { params: Promise<{ id: string }> }) {
  const post = await getPostWithThread(Number((await params).id));
  if (!post || post.number === 1) notFound();
  const viewer = await getViewer();
  // The page names the thread: nobody learns of a thread or reply they cannot see.
  if (!canSeePost(viewer, post)) notFound();
  const allowed = canReport(viewer, { ...post, threadLocked: post.thread.locked });
  const pending = viewer ? await hasOpenReport(viewer.id, post.id) : false;
  return (
    <main className="content content--narrow">
      <p>
        <Link href={postPath(post)}>← Quay lại bài viết</Link>
      </p>
      <h1 className="page-title">Báo cáo bài viết</h1>
      <p className="page-description">
        Bài viết #{post.number - 1} của {post.author.displayName} trong “{post.thread.title}”.
      </p>
      {pending ? (
        <p className="notice notice--success" role="status">
          Bạn đã báo cáo bài viết này. Điều hành viên đang xem xét; bạn sẽ được thông báo kết quả.
        </p>
      ) : allowed ? (
        <ActionForm action={reportPostAction} className="form">
          <input type="hidden" name="postId" value={post.id} />
          <fieldset className="field">
            <legend>Lý do</legend>
            {Object.entries(REPORT_REASONS).map(([value, label], i) => (
              <label key={value} className="radio">
                <FormRadio name="reason" value={value} defaultChecked={i === 0} /> {label}
              </label>
            ))}
            <FieldError name="reason" />
          </fieldset>
          <div className="field">
            <label htmlFor="report-note">Ghi chú cho điều hành viên (không bắt buộc)</label>
            <FormTextarea id="report-note" name="note" rows={3} maxLength={1000} />
            <FieldError name="note" />
          </div>
          <div className="composer__actions">
            <button type="submit" className="button button--primary">
              Gửi báo cáo
            </button>
          </div>
        </ActionForm>
      ) : (
        <p className="notice notice--warning">
          {viewer ? "Bạn không thể báo cáo bài viết này." : "Bạn cần đăng nhập để báo cáo bài viết."}
        </p>
      )}
    </main>
  );
}
