// /conversations: the member's conversations, newest message first, unread
// ones marked, in keyset pages (?after=<cursor>); and their choice of who may
// start one with them.
import Link from "next/link";
import { listConversations } from "@/lib/conversations/list-conversations";
import { getConversationPolicy } from "@/lib/conversations/policy";
import { formatDateTime } from "@/lib/format";
import { requireViewer } from "@/lib/next/session";
import { ConversationPolicyForm } from "@/components/conversations/policy-form";
import { localized, translator } from "@/lib/i18n/server";


type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function ConversationsPage({ searchParams }: { searchParams: Search }) {
  const q = await searchParams;
  const after = typeof q.after === "string" ? q.after : null;
  const viewer = await requireViewer(`/conversations${after ? `?after=${encodeURIComponent(after)}` : ""}`);
  const [{ items, next }, policy] = await Promise.all([listConversations(viewer, after), getConversationPolicy(viewer)]);
  const t = await translator();
  return (
    <main className="content content--narrow conversations-page">
      <div className="conversations-page__head">
        <h1 className="page-title">{t("conversations.title")}</h1>
        <Link href={localized("/conversations/new")} className="button button--primary">
          {t("conversations.start")}
        </Link>
      </div>
      {q.left ? (
        <p className="notice notice--success" role="status">
          {t("conversations.left")}
        </p>
      ) : null}
      {items.length === 0 ? <p className="empty">{t("conversations.empty")}</p> : null}
      <ul className="conversation-list" data-testid="conversation-list">
        {items.map((c) => (
          <li key={c.id} className={`conversation-list__item${c.unread ? " conversation-list__item--unread" : ""}`} data-unread={c.unread ? "1" : "0"}>
            {/* A plain link: the permalink is a route that redirects (a full load keeps /en and the #m-N of its answer). */}
            <a href={localized(c.firstUnread ? `/conversations/${c.id}/m/${c.firstUnread}` : `/conversations/${c.id}`)} className="conversation-list__title">
              {c.title}
            </a>
            {c.unread ? <span className="badge badge--count">{t("conversations.unread")}</span> : null}
            {c.locked ? <span className="badge">{t("conversations.locked")}</span> : null}
            <p className="conversation-list__meta">
              {t("conversations.with", { names: c.participants.filter((p) => p.username !== viewer.username).map((p) => p.displayName).join(", ") || "—" })} ·{" "}
              <time dateTime={c.lastMessageAt.toISOString()}>{formatDateTime(c.lastMessageAt)}</time>
            </p>
          </li>
        ))}
      </ul>
      <nav className="pagination" aria-label={t("conversations.pages")}>
        {after ? <Link href={localized("/conversations")}>{t("conversations.newest")}</Link> : null}
        {next ? (
          <Link href={localized(`/conversations?after=${encodeURIComponent(next)}`)} rel="next">
            {t("conversations.older")}
          </Link>
        ) : null}
      </nav>
      <ConversationPolicyForm policy={policy} />
    </main>
  );
}
