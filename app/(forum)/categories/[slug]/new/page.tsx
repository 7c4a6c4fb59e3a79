// "Tạo chủ đề": the form that starts a thread, reached from a category page
// (that category chosen) or the forum index. Guests are sent to log in and
// brought back here; members who may not post (unverified e-mail, suspended,
// banned) are told why instead of being given a form.
import { randomBytes } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { Breadcrumb } from "@/components/breadcrumb";
import { NewThreadForm } from "@/components/thread/new-thread-form";
import { composerText } from "@/components/thread/composer-text.server";
import { localized, translator } from "@/lib/i18n/server";
import { issueFormChallenge } from "@/lib/spam/form-challenge";
import { needsPostChallenge } from "@/lib/spam/post-challenge";
import { sanctionMessage } from "@/lib/accounts/sanctions";
import { cannotParticipateReason } from "@/lib/eligibility";
import { getCategoryBySlug, listCategories } from "@/lib/forum/list-threads";
import { getThreadDraft } from "@/lib/forum/thread-drafts";
import { canCreateThread } from "@/lib/permissions";
import { getSessionState } from "@/lib/next/session";
import { getSettings } from "@/lib/settings";
import { pictureLimitsFor } from "@/lib/uploads/picture-limits";
import { categoryPath, newThreadPath } from "@/lib/urls";
import { THREAD_TITLE_MAX, THREAD_TITLE_MIN } from "@/lib/validation/thread";

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator();
  return { title: t("composer.newThread"), robots: { index: false } };
}

export default async function NewThreadPage({ params }: { params: Promise<{ slug: string }> }) {
  const category = await getCategoryBySlug((await params).slug);
  if (!category) notFound();
  const { viewer, notice } = await getSessionState();
  // A suspended or banned member's session carries no viewer, only the notice saying why.
  if (!viewer && notice?.kind !== "sanctioned") redirect(localized(`/login?callbackUrl=${encodeURIComponent(localized(newThreadPath(category)))}`));
  const t = await translator();

  const crumbs = [
    { href: "/", label: t("nav.forums") },
    { href: categoryPath(category), label: category.name },
  ];
  const [categories, settings, draft] = await Promise.all([listCategories(), getSettings(), getThreadDraft(viewer)]);
  const open = categories.filter((c) => canCreateThread(viewer, c));
  const reason = viewer
    ? (cannotParticipateReason(viewer) ?? (open.length === 0 ? t("posts.noOpenCategory") : null))
    : notice?.kind === "sanctioned"
      ? sanctionMessage(notice.sanction)
      : null;
  if (!viewer || reason) {
    return (
      <main className="content content--narrow">
        <Breadcrumb items={crumbs} />
        <h1 className="page-title">{t("composer.newThread")}</h1>
        <p className="notice notice--warning" data-testid="new-thread-blocked">
          {reason}
          {viewer && !viewer.emailVerified ? (
            <>
              {" "}
              {t.rich("posts.verifyHelp", { link: (words) => <Link href={localized("/account")}>{words}</Link> })}
            </>
          ) : null}
        </p>
      </main>
    );
  }

  const chosen = open.find((c) => c.id === category.id);
  return (
    <main className="content content--narrow">
      <Breadcrumb items={crumbs} />
      <h1 className="page-title">{t("composer.newThread")}</h1>
      {chosen ? null : (
        <p className="notice" data-testid="new-thread-category-note">
          {t("posts.categoryStaffOnly", { category: category.name })}
        </p>
      )}
      <NewThreadForm
        categories={open.map(({ id, name }) => ({ id, name }))}
        categoryId={(chosen ?? open[0]).id}
        clientToken={randomBytes(18).toString("base64url")}
        limits={{ titleMin: THREAD_TITLE_MIN, titleMax: THREAD_TITLE_MAX, bodyMax: settings.maxReplyLength }}
        draft={draft}
        challenge={viewer && needsPostChallenge(viewer, settings) ? await issueFormChallenge("post") : null}
        pictures={await pictureLimitsFor(viewer, settings)}
        text={await composerText()}
      />
    </main>
  );
}
