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
import { reportReasonLabel } from "@/lib/mod-log/labels";
import { localized, translator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator();
  return { title: t("posts.reportTitle"), robots: { index: false } };
}

export default async function ReportPostPage({ params }: { params: Promise<{ id: string }> }) {
  const post = await getPostWithThread(Number((await params).id));
  if (!post || post.number === 1) notFound();
  const viewer = await getViewer();
  // The page names the thread: nobody learns of a thread or reply they cannot see.
  if (!canSeePost(viewer, post)) notFound();
  const allowed = canReport(viewer, { ...post, threadLocked: post.thread.locked });
  const pending = viewer ? await hasOpenReport(viewer.id, post.id) : false;
  const t = await translator();
  return (
    <main className="content content--narrow">
      <p>
        <Link href={localized(postPath(post))}>{t("posts.backToPost")}</Link>
      </p>
      <h1 className="page-title">{t("posts.reportTitle")}</h1>
      <p className="page-description">{t("posts.postOf", { number: String(post.number - 1), author: post.author.displayName, thread: post.thread.title })}</p>
      {pending ? (
        <p className="notice notice--success" role="status">
          {t("posts.reportPending")}
        </p>
      ) : allowed ? (
        <ActionForm action={reportPostAction} className="form">
          <input type="hidden" name="postId" value={post.id} />
          <fieldset className="field">
            <legend>{t("posts.reportReason")}</legend>
            {Object.keys(REPORT_REASONS).map((value, i) => (
              <label key={value} className="radio">
                <FormRadio name="reason" value={value} defaultChecked={i === 0} /> {reportReasonLabel(value)}
              </label>
            ))}
            <FieldError name="reason" />
          </fieldset>
          <div className="field">
            <label htmlFor="report-note">{t("posts.reportNote")}</label>
            <FormTextarea id="report-note" name="note" rows={3} maxLength={1000} />
            <FieldError name="note" />
          </div>
          <div className="composer__actions">
            <button type="submit" className="button button--primary">
              {t("posts.reportSend")}
            </button>
          </div>
        </ActionForm>
      ) : (
        <p className="notice notice--warning">
          {viewer ? t("posts.cannotReport") : t("posts.reportLogIn")}
        </p>
      )}
    </main>
  );
}
