// The post author block beside each reply (XenForo's message user block):
// avatar, name, role, user title, join date, posts, reactions received — the
// same for every reader, so part of the cached page. Without JavaScript the
// name is a plain link to the profile; with it, member-card-opener.tsx opens
// the small card below (same facts, "Xem trang cá nhân", and for staff the
// moderation shortcuts, which only the per-request member page renders).
import "@/components/members/members.css";
import { Avatar } from "@/components/avatar";
import { RoleBadge } from "@/components/role-badge";
import { formatDate, formatNumber } from "@/lib/format";
import { memberPath } from "@/lib/urls";

const T = {
  joined: "Tham gia",
  posts: "Bài viết",
  reactions: "Cảm xúc",
  profile: "Xem trang cá nhân",
  modTools: "Công cụ điều hành",
  sanction: "Đình chỉ / cấm",
  cardOf: (name: string) => `Thẻ thành viên ${name}`,
};

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

export function AuthorBlock({ author, postId, staffShortcuts }: Props) {
  const cardId = `author-card-${postId}`;
  return (
    <div className="reply__author author-block">
      <Avatar user={author} />
      <a href={memberPath(author)} className="reply__name" data-author-card={cardId}>
        {author.displayName}
      </a>
      <RoleBadge role={author.role} />
      {author.userTitle ? <div className="reply__user-title">{author.userTitle}</div> : null}
      <AuthorFacts author={author} className="author-block__facts" />
      <div id={cardId} className="member-popup" role="dialog" aria-label={T.cardOf(author.displayName)} hidden>
        <div className="member-popup__head">
          <Avatar user={author} size="l" />
          <div>
            <a href={memberPath(author)} className="member-popup__name">
              {author.displayName}
            </a>{" "}
            <RoleBadge role={author.role} />
            {author.userTitle ? <div className="reply__user-title">{author.userTitle}</div> : null}
          </div>
        </div>
        <AuthorFacts author={author} className="member-popup__facts" />
        <div className="member-popup__links">
          <a href={memberPath(author)} className="button">
            {T.profile}
          </a>
          {staffShortcuts ? (
            <>
              <a href={`${memberPath(author)}#sanction`} className="button">
                {T.sanction}
              </a>
              <a href={`/mod/members/${encodeURIComponent(author.username)}`} className="button">
                {T.modTools}
              </a>
            </>
          ) : null}
        </div>
      </div>
    </div>
  );
}

function AuthorFacts({ author, className }: { author: BlockAuthor; className: string }) {
  const joined = new Date(author.createdAt);
  return (
    <dl className={className}>
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
