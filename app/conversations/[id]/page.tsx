// /conversations/<id>[?page=N]: a conversation, for its participants only —
// anyone else (an outsider, a former participant, an administrator) gets the
// not-found page, as for a conversation that does not exist. Paged like a
// thread; showing a page records what was read. With JavaScript, new
// messages arrive live (ConversationLive).
import { randomBytes } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConversationComposer } from "@/components/conversations/conversation-composer";
import { ConversationLive } from "@/components/conversations/conversation-live";
import { ConversationTools } from "@/components/conversations/conversation-tools";
import { MessageItem } from "@/components/conversations/message-item";
import { Pagination } from "@/components/thread/pagination";
import { getConversationDraft } from "@/lib/conversations/drafts";
import { readConversation } from "@/lib/conversations/read-conversation";
import { isUserFacingError } from "@/lib/errors";
import { requireViewer } from "@/lib/next/session";
import { getSettings } from "@/lib/settings";
import { pictureLimitsFor } from "@/lib/uploads/picture-limits";
import { localized, translator } from "@/lib/i18n/server";
import { composerText } from "../composer-text";
import { composerText as writingText } from "@/components/thread/composer-text.server";

// The title is private too: the tab's title is generic.
export async function generateMetadata(): Promise<Metadata> {
  const t = await translator();
  return { title: t("conversations.title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ConversationPage({ params, searchParams }: Props) {
  const { id } = await params;
  const q = await searchParams;
  const conversationId = Number(id);
  const pageParam = Number(typeof q.page === "string" ? q.page : "1");
  const viewer = await requireViewer(`/conversations/${id}${q.page ? `?page=${q.page}` : ""}`);
  if (!Number.isSafeInteger(conversationId) || conversationId <= 0) notFound();
  let view: Awaited<ReturnType<typeof readConversation>>;
  try {
    view = await readConversation(viewer, conversationId, Number.isFinite(pageParam) ? pageParam : 1);
  } catch (error) {
    if (isUserFacingError(error)) notFound();
    throw error;
  }
  const { conversation, messages, participants, page, pageCount, can } = view;
  const [settings, draft] = await Promise.all([getSettings(), getConversationDraft(viewer, String(conversationId))]);
  const shownUpTo = messages.length ? messages[messages.length - 1].number : 0;
  const t = await translator();
  const hrefFor = (p: number) => localized(`/conversations/${conversationId}${p > 1 ? `?page=${p}` : ""}`);
  return (
    <main className="content conversation-page">
      <nav className="breadcrumb" aria-label={t("conversations.breadcrumb")}>
        <Link href={localized("/conversations")}>{t("conversations.title")}</Link>
      </nav>
      <h1 className="page-title" data-testid="conversation-title">
        {conversation.title} {conversation.locked ? <span className="badge">{t("conversations.locked")}</span> : null}
      </h1>
      <p className="conversation-page__people" data-testid="conversation-participants">
        {t("conversations.participants")}{" "}
        {participants.map((p, i) => (
          <span key={p.id} className={p.left ? "conversation-page__left" : undefined}>
            {i > 0 ? ", " : ""}
            {p.displayName}
            {p.left && !p.deleted ? t("conversations.participantLeft") : ""}
          </span>
        ))}
      </p>
      {pageCount > 1 ? <Pagination current={page} total={pageCount} hrefFor={hrefFor} label={t("conversations.messagePages")} /> : null}
      <ol className="reply-list conversation-messages" data-testid="conversation-messages">
        {messages.map((m) => (
          <MessageItem key={m.id} conversationId={conversationId} message={m} />
        ))}
      </ol>
      {pageCount > 1 ? <Pagination current={page} total={pageCount} hrefFor={hrefFor} label={t("conversations.messagePages")} /> : null}
      <ConversationLive
        conversationId={conversationId}
        shownUpTo={shownUpTo}
        lastPage={page === pageCount}
        labels={{ one: t.raw("conversations.newMessagesOne") as string, other: t.raw("conversations.newMessagesOther") as string, href: localized(`/conversations/${conversationId}/m/${shownUpTo + 1}`) }}
      />
      {can.reply ? (
        <ConversationComposer
          writing={await writingText()}
          mode="reply"
          conversationId={conversationId}
          clientToken={randomBytes(18).toString("base64url")}
          initial={{ recipients: "", title: "", source: draft?.source ?? "" }}
          maxLength={settings.maxReplyLength}
          pictures={await pictureLimitsFor(viewer, settings)}
          text={await composerText(settings.maxReplyLength)}
        />
      ) : (
        <p className="notice notice--warning">{conversation.locked ? t("conversations.lockedNotice") : t("conversations.cannotReply")}</p>
      )}
      <ConversationTools conversationId={conversationId} locked={conversation.locked} can={can} />
    </main>
  );
}
