// /conversations: the member's conversations, newest message first, unread
// ones marked, in keyset pages (?after=<cursor>); and their choice of who may
// start one with them.
import Link from "next/link";
import { listConversations } from "@/lib/conversations/list-conversations";
import { getConversationPolicy } from "@/lib/conversations/policy";
import { formatDateTime } from "@/lib/format";
import { requireViewer } from "@/lib/next/session";
import { ConversationPolicyForm } from "@/components/conversations/policy-form";

const TEXT = {
  title: "Hội thoại",
  start: "Bắt đầu hội thoại",
  empty: "Bạn chưa có hội thoại nào.",
  left: "Bạn đã rời hội thoại. Bạn sẽ không nhận thông báo của hội thoại đó nữa.",
  unread: "Chưa đọc",
  locked: "Đã khóa",
  older: "Cũ hơn →",
  newest: "← Mới nhất",
  with: "Với",
};

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function ConversationsPage({ searchParams }: { searchParams: Search }) {
  const q = await searchParams;
  const after = typeof q.after === "string" ? q.after : null;
  const viewer = await requireViewer(`/conversations${after ? `?after=${encodeURIComponent(after)}` : ""}`);
  const [{ items, next }, policy] = await Promise.all([listConversations(viewer, after), getConversationPolicy(viewer)]);
  return (
    <main className="content content--narrow conversations-page">
      <div className="conversations-page__head">
        <h1 className="page-title">{TEXT.title}</h1>
        <Link href="/conversations/new" className="button button--primary">
          {TEXT.start}
        </Link>
      </div>
      {q.left ? (
        <p className="notice notice--success" role="status">
          {TEXT.left}
        </p>
      ) : null}
      {items.length === 0 ? <p className="empty">{TEXT.empty}</p> : null}
      <ul className="conversation-list" data-testid="conversation-list">
        {items.map((c) => (
          <li key={c.id} className={`conversation-list__item${c.unread ? " conversation-list__item--unread" : ""}`} data-unread={c.unread ? "1" : "0"}>
            <Link href={c.firstUnread ? `/conversations/${c.id}/m/${c.firstUnread}` : `/conversations/${c.id}`} className="conversation-list__title">
              {c.title}
            </Link>
            {c.unread ? <span className="badge badge--count">{TEXT.unread}</span> : null}
            {c.locked ? <span className="badge">{TEXT.locked}</span> : null}
            <p className="conversation-list__meta">
              {TEXT.with} {c.participants.filter((p) => p.username !== viewer.username).map((p) => p.displayName).join(", ") || "—"} ·{" "}
              <time dateTime={c.lastMessageAt.toISOString()}>{formatDateTime(c.lastMessageAt)}</time>
            </p>
          </li>
        ))}
      </ul>
      <nav className="pagination" aria-label="Trang hội thoại">
        {after ? <Link href="/conversations">{TEXT.newest}</Link> : null}
        {next ? (
          <Link href={`/conversations?after=${encodeURIComponent(next)}`} rel="next">
            {TEXT.older}
          </Link>
        ) : null}
      </nav>
      <ConversationPolicyForm policy={policy} />
    </main>
  );
}
