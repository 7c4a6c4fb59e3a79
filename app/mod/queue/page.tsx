// Approval queue: replies and new threads (their opening post) waiting for a
// moderator, approved or rejected one by one or in bulk (tick several, then
// choose). Approving a new thread publishes it; rejecting keeps it hidden.
import Link from "next/link";
import { Flash } from "@/components/forms/flash";
import { ActionForm, FieldError, FormInput } from "@/components/forms/action-form";
import { reviewPostsAction } from "@/actions/moderation";
import { listPendingPosts } from "@/lib/moderation/approval-queue";
import { listHeldMembers } from "@/lib/moderation/held-accounts";
import { reviewHeldMemberAction } from "@/actions/moderation";
import { formatDateTime } from "@/lib/format";
import { getViewer } from "@/lib/next/session";
import { memberPath, postPath } from "@/lib/urls";
import { localized, translator } from "@/lib/i18n/server";

export async function generateMetadata() {
  const t = await translator();
  return { title: t("mod.queueTitle") };
}

export default async function QueuePage({ searchParams }: { searchParams: Promise<{ done?: string | string[] }> }) {
  const { done } = await searchParams;
  const viewer = await getViewer();
  const pending = await listPendingPosts(viewer);
  const held = await listHeldMembers(viewer);
  const t = await translator();
  return (
    <>
      <h1 className="page-title">{t("mod.queueTitle")}</h1>
      <Flash code={done} />
      {held.length > 0 ? (
        <section aria-labelledby="held-members" className="account-section">
          <h2 id="held-members">{t("mod.queueHeldTitle")}</h2>
          <p className="field__hint">{t("mod.queueHeldHint")}</p>
          <ul className="mod-list">
            {held.map((m) => (
              <li key={m.id} className="mod-list__item">
                <div className="mod-list__main">
                  <div className="mod-list__meta">
                    <strong>{m.displayName}</strong> (@{m.username}) · {m.email ?? "—"} {m.emailVerifiedAt ? t("mod.labelsVerified") : t("mod.labelsUnverified")} · {t("mod.queueRegistered")}{" "}
                    <time dateTime={m.createdAt.toISOString()}>{formatDateTime(m.createdAt)}</time>
                  </div>
                  <ActionForm action={reviewHeldMemberAction} className="inline-form" label={t("mod.queueApproveAccountLabel", { username: m.username })}>
                    <input type="hidden" name="userId" value={m.id} />
                    <button type="submit" name="decision" value="approve" className="button button--primary">
                      {t("mod.queueApproveAccount")}
                    </button>{" "}
                    <button type="submit" name="decision" value="reject" className="button">
                      {t("mod.queueRejectAccount")}
                    </button>
                  </ActionForm>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {pending.length === 0 ? (
        <p className="empty">{t("mod.queueEmpty")}</p>
      ) : (
        <ActionForm action={reviewPostsAction} className="form">
          <ul className="mod-list">
            {pending.map((post) => (
              <li key={post.id} className="mod-list__item">
                <label className="mod-list__check">
                  <input type="checkbox" name="postId" value={post.id} aria-label={t("mod.queueSelectPost", { name: post.author.displayName })} />
                </label>
                <div className="mod-list__main">
                  <div className="mod-list__meta">
                    {post.number === 1 ? <span className="badge">{t("mod.queueNewThread")}</span> : null}
                    <Link href={localized(memberPath(post.author))}>{post.author.displayName}</Link>{" "}
                    {post.number === 1 ? t("mod.queueOpenedThreadIn", { category: post.thread.category.name }) : t("mod.queueReplyIn")}
                    <Link href={localized(postPath(post))}>{post.thread.title}</Link> ·{" "}
                    <time dateTime={post.createdAt.toISOString()}>{formatDateTime(post.createdAt)}</time>
                  </div>
                  <div className="prose mod-list__body" dangerouslySetInnerHTML={{ __html: post.html }} />
                </div>
              </li>
            ))}
          </ul>
          <div className="field">
            <label htmlFor="review-reason">{t("mod.queueReason")}</label>
            <FormInput id="review-reason" name="reason" maxLength={500} />
            <FieldError name="reason" />
          </div>
          <div className="composer__actions">
            <button type="submit" name="decision" value="reject" className="button">
              {t("mod.queueRejectSelected")}
            </button>
            <button type="submit" name="decision" value="approve" className="button button--primary">
              {t("mod.queueApproveSelected")}
            </button>
          </div>
        </ActionForm>
      )}
    </>
  );
}
