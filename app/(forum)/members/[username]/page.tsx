// /members/<username>: display name, avatar (initials when no picture), user
// title, role badge, join date, post count and recent posts.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Avatar } from "@/components/avatar";
import { RoleBadge } from "@/components/role-badge";
import { formatDate, formatDateTime, formatNumber } from "@/lib/format";
import { getMemberProfile, listRecentPosts } from "@/lib/members/read-member-profile";
import { postPath, threadPath } from "@/lib/urls";
import { MessageMemberLink } from "@/components/conversations/message-member-link";
import { FollowForm } from "@/components/members/follow-form";
import { StaffSanctionBlock } from "@/components/moderation/staff-sanction-block";
import { Flash } from "@/components/forms/flash";
import { getViewer } from "@/lib/next/session";
import { MemberIgnoreControl } from "@/components/alerts/member-ignore-control";
import { MemberThreadsLink } from "@/components/members/member-threads-link";
import { forumNameForTitles } from "@/components/header/forum-brand";
import { localized, translator } from "@/lib/i18n/server";

type Params = Promise<{ username: string }>;
type Search = Promise<{ done?: string | string[] }>;

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [member, t] = await Promise.all([getMemberProfile(decode((await params).username)), translator()]);
  if (!member) return { title: t("members.notFound") };
  // The forum's configured name (Cài đặt → Diễn đàn), not a fixed one.
  const forumName = await forumNameForTitles();
  return { title: `${member.displayName} (@${member.username})`, description: t("members.profileDescription", { name: member.displayName, forumName }) };
}

export default async function MemberPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const member = await getMemberProfile(decode((await params).username));
  if (!member) notFound();
  const [posts, viewer, t] = await Promise.all([listRecentPosts(member.id), getViewer(), translator()]);
  return (
    <main className="content content--narrow member-page">
      <Flash code={(await searchParams).done} />
      <section className="member-card" aria-labelledby="member-name">
        <Avatar user={member} size="l" />
        <div>
          <h1 id="member-name" className="member-card__name">
            {member.displayName}
            <RoleBadge role={member.role} />
          </h1>
          <p className="member-card__username">@{member.username}</p>
          {member.userTitle ? <p className="member-card__title">{member.userTitle}</p> : null}
          {member.bannedAt ? <p className="badge badge--warn">{t("members.banned")}</p> : null}
          <div className="member-card__actions">
            {!member.bannedAt ? <MessageMemberLink username={member.username} /> : null}
            <FollowForm member={{ id: member.id, deleted: false }} />
          </div>
          <MemberIgnoreControl member={member} />
        </div>
        <dl className="member-card__stats">
          <div>
            <dt>{t("members.joined")}</dt>
            <dd>
              <time dateTime={member.createdAt.toISOString()}>{formatDate(member.createdAt)}</time>
            </dd>
          </div>
          <div>
            <dt>{t("members.posts")}</dt>
            <dd data-testid="post-count">{formatNumber(member.postCount)}</dd>
          </div>
          <div>
            <dt>{t("members.reactions")}</dt>
            <dd data-testid="reactions-received">{formatNumber(member.reactionsReceived)}</dd>
          </div>
        </dl>
      </section>
      <StaffSanctionBlock viewer={viewer} member={member} />
      <MemberThreadsLink member={member} />
      <section className="block" aria-labelledby="recent-posts">
        <h2 id="recent-posts" className="block__title">
          {t("members.recentPosts")}
        </h2>
        {posts.length === 0 ? (
          <p className="empty">{t("members.noPosts")}</p>
        ) : (
          <ul className="member-posts">
            {posts.map((post) => (
              <li key={post.id} className="member-posts__item">
                <Link href={localized(post.number === 1 ? threadPath(post.thread) : postPath(post))} className="member-posts__title">
                  {post.number === 1 ? post.thread.title : t("members.replyTo", { title: post.thread.title })}
                </Link>
                <p className="member-posts__excerpt">{post.excerpt}</p>
                <time className="member-posts__time" dateTime={post.createdAt.toISOString()}>
                  {formatDateTime(post.createdAt)}
                </time>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
