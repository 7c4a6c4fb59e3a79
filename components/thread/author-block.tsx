// The post author block beside each reply (XenForo's message user block):
// avatar, name, role, user title, join date, posts, reactions received — the
// same for every reader, so part of the cached page. Without JavaScript the
// name is a plain link to the profile; with it, member-card-opener.tsx opens
// a small card built from this block (member-card.ts: the same facts, "Xem
// trang cá nhân", and for staff the moderation shortcuts, which only the
// per-request member page renders). The card is not in the server's HTML: a
// hidden copy of each block, one per reply, was a third of a thread page's
// elements, which every page load hydrated and every member page rendered
// (issue 18).
import "@/components/members/members.css";
import { Avatar } from "@/components/avatar";
import { RoleBadge } from "@/components/role-badge";
import { formatDate, formatNumber } from "@/lib/format";
import { memberPath } from "@/lib/urls";
import { localized, translator } from "@/lib/i18n/server";

type Translate = Awaited<ReturnType<typeof translator>>;

function texts(t: Translate) {
  return {
    joined: t("thread.joined"),
    posts: t("thread.posts"),
    reactions: t("thread.reactions"),
    modTools: t("thread.modTools"),
    sanction: t("thread.sanction"),
  };
}

export type BlockAuthor = {
  id: number;
  username: string;
  displayName: string;
  userTitle: string | null;
  avatarUrl: string | null;
  role: string;
  /** A string when it came from the server cache (JSON). */
  createdAt: Date | string;
  postCount: number;
  reactionsReceived: number;
};

type Props = { author: BlockAuthor; postId: number; staffShortcuts: boolean };

export async function AuthorBlock({ author, postId, staffShortcuts }: Props) {
  const T = texts(await translator());
  const profile = localized(memberPath(author));
  return (
    <div className="reply__author author-block">
      <Avatar user={author} />
      <a href={profile} className="reply__name" data-author-card={`author-card-${postId}`}>
        {author.displayName}
      </a>
      <RoleBadge role={author.role} />
      {author.userTitle ? <div className="reply__user-title">{author.userTitle}</div> : null}
      <AuthorFacts author={author} T={T} />
      {staffShortcuts ? (
        // Staff's shortcuts for the card: hidden here, copied into the card when it opens.
        <div className="author-block__card-links" hidden>
          <a href={`${profile}#sanction`} className="button">
            {T.sanction}
          </a>
          <a href={localized(`/mod/members/${encodeURIComponent(author.username)}`)} className="button">
            {T.modTools}
          </a>
        </div>
      ) : null}
    </div>
  );
}

function AuthorFacts({ author, T }: { author: BlockAuthor; T: ReturnType<typeof texts> }) {
  const joined = new Date(author.createdAt);
  return (
    <dl className="author-block__facts">
      <div>
        <dt>{T.joined}</dt>
        <dd>
          <time dateTime={joined.toISOString()}>{formatDate(joined)}</time>
        </dd>
      </div>
      <div>
        <dt>{T.posts}</dt>
        <dd>{formatNumber(author.postCount)}</dd>
      </div>
      <div>
        <dt>{T.reactions}</dt>
        <dd>{formatNumber(author.reactionsReceived)}</dd>
      </div>
    </dl>
  );
}
