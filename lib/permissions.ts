import { t } from "@/lib/i18n/text";
// Every authorisation decision in the forum, in one place. Pages use these to
// decide what to show; services call the assert… variants before they change
// anything, with state freshly read from the database (the viewer comes from
// getViewer(), which re-reads the member on every request).
//
// Each can…() is pure: it takes the viewer (null for a guest) and the target
// and returns a boolean. Guests are denied everything that changes state.

export type Role = "member" | "moderator" | "admin";
export const ROLES: readonly Role[] = ["member", "moderator", "admin"];

export type Viewer = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  emailVerified: boolean;
  /** Suspended until this instant (in the future), or null. */
  suspendedUntil: Date | null;
  /** Banned (no end) since this instant, or null. */
  bannedAt: Date | null;
  sanctionReason: string | null;
  createdAt: Date;
  /** Picture for the header menu; optional so older callers need not set it. */
  avatarUrl?: string | null;
  /** Two-step login (an authenticator app) is on for this member. */
  twoFactorEnabled?: boolean;
  /** The forum requires staff to have two-step login (setting requireStaffTwoFactor). */
  staffTwoFactorRequired?: boolean;
};

/** status: the opening post's (visible | pending | hidden | deleted); see canViewThread. */
export type ThreadTarget = { locked: boolean; status: string };
/** Who is shown a thread held back (pending approval, or rejected): its author and staff. */
export type ThreadVisibilityTarget = { status: string; authorId: number };
/** staffThreadsOnly: the news category, where threads are the articles staff publish. */
export type CategoryTarget = { staffThreadsOnly: boolean };
export type PostTarget = {
  authorId: number;
  number: number;
  status: string; // visible | pending | hidden | deleted
  createdAt: Date;
  threadLocked: boolean;
  /** The post's thread: a post is no more visible than the thread it is in. */
  thread: ThreadVisibilityTarget;
};
export type MemberTarget = { id: number; role: Role };

export type ForumSettings = { editWindowMinutes: number };

export class ForbiddenError extends Error {
  constructor(message = t("services.forbidden")) {
    super(message);
    this.name = "ForbiddenError";
  }
}

const RANK: Record<Role, number> = { member: 0, moderator: 1, admin: 2 };

/** A role that moderates (its holder's standing aside): for names reserved to staff. */
export function isStaffRole(role: Role): boolean {
  return RANK[role] >= RANK.moderator;
}

/**
 * A moderator or administrator who must turn on two-step login (the forum
 * requires it of staff) and has not: until they do, they hold no staff power
 * anywhere — every can…() below that asks isStaff/isAdmin says no — and /mod
 * sends them to /account/security.
 */
export function lacksRequiredTwoFactor(viewer: Viewer | null): boolean {
  return !!viewer && RANK[viewer.role] >= RANK.moderator && !!viewer.staffTwoFactorRequired && !viewer.twoFactorEnabled;
}

// Plain booleans, not type guards: "false" does not mean "no viewer".
export function isStaff(viewer: Viewer | null): boolean {
  return !!viewer && RANK[viewer.role] >= RANK.moderator && isInGoodStanding(viewer) && !lacksRequiredTwoFactor(viewer);
}

export function isAdmin(viewer: Viewer | null): boolean {
  return !!viewer && viewer.role === "admin" && isInGoodStanding(viewer) && !lacksRequiredTwoFactor(viewer);
}

/** Not banned and not currently suspended. */
export function isInGoodStanding(viewer: Viewer, now: Date = new Date()): boolean {
  if (viewer.bannedAt) return false;
  if (viewer.suspendedUntil && viewer.suspendedUntil.getTime() > now.getTime()) return false;
  return true;
}

/** Members who may take part: logged in, email verified, not sanctioned. */
export function canParticipate(viewer: Viewer | null, now: Date = new Date()): viewer is Viewer {
  return !!viewer && viewer.emailVerified && isInGoodStanding(viewer, now);
}

// — Read state (issue 20) ———————————————————————————————————————————————

/**
 * Keeping what one has read (thread marks, "Đánh dấu đã đọc"): any member
 * with a session, sanctioned or not — it is their own reading, not content.
 */
export function canKeepReadState(viewer: Viewer | null): viewer is Viewer {
  return !!viewer;
}

// — Own account ——————————————————————————————————————————————————————————

/** Changing one's own display name, password or email, or logging out everywhere. */
export function canManageOwnAccount(viewer: Viewer | null, now: Date = new Date()): boolean {
  return !!viewer && isInGoodStanding(viewer, now);
}

/**
 * Choosing the language one reads the forum in (issue 17, lib/accounts/member-locale.ts):
 * any logged-in member — a reading preference, like read state.
 */
export function canChooseLanguage(viewer: Viewer | null): viewer is Viewer {
  return !!viewer;
}

/**
 * Asking to delete one's own account (lib/accounts/account-deletion.ts): any
 * logged-in member, sanctioned or not — the right to erasure does not
 * depend on good standing — once.
 */
export function canRequestAccountDeletion(viewer: Viewer | null, member: { id: number; deletionRequestedAt: Date | null; deletedAt: Date | null }): boolean {
  return !!viewer && viewer.id === member.id && !member.deletionRequestedAt && !member.deletedAt;
}

/** Approving or rejecting a registration held for approval (lib/spam/registration-hold.ts). */
export function canReviewRegistrations(viewer: Viewer | null): boolean {
  return isStaff(viewer);
}

/** "Gửi lại email xác minh": only while the member's email is unverified. */
export function canResendVerification(viewer: Viewer | null, now: Date = new Date()): boolean {
  return !!viewer && canManageOwnAccount(viewer, now) && !viewer.emailVerified;
}

// — Threads ————————————————————————————————————————————————————————————

/**
 * Starting a thread. Without a category: in some category (the "Tạo chủ
 * đề" links); with one: in that category — staff-only categories take
 * threads from moderators and administrators alone.
 */
export function canCreateThread(viewer: Viewer | null, category?: CategoryTarget, now: Date = new Date()): boolean {
  if (!canParticipate(viewer, now)) return false;
  return !category?.staffThreadsOnly || isStaff(viewer);
}

/**
 * Reading a thread at all (its page, feed, permalinks, search filter). A
 * thread waiting for approval or rejected is invisible to everyone but its
 * author (who is told where it stands) and staff, who review it.
 */
export function canViewThread(viewer: Viewer | null, thread: ThreadVisibilityTarget): boolean {
  if (thread.status === "visible") return true;
  if (isStaff(viewer)) return true;
  return !!viewer && viewer.id === thread.authorId && (thread.status === "pending" || thread.status === "hidden");
}

// — Replies ————————————————————————————————————————————————————————————

export function canReply(viewer: Viewer | null, thread: ThreadTarget, now: Date = new Date()): boolean {
  if (!canParticipate(viewer, now)) return false;
  // Nobody answers a thread readers cannot see yet: approve it first.
  if (thread.status !== "visible") return false;
  // Staff may still answer in a locked thread (to explain the lock).
  return !thread.locked || isStaff(viewer);
}

export function canEditPost(
  viewer: Viewer | null,
  post: PostTarget,
  settings: ForumSettings,
  now: Date = new Date(),
): boolean {
  if (!viewer) return false;
  if (isStaff(viewer)) return post.status !== "deleted" || isAdmin(viewer);
  if (!canParticipate(viewer, now)) return false;
  if (!canViewThread(viewer, post.thread)) return false;
  if (post.authorId !== viewer.id) return false;
  if (post.status !== "visible" && post.status !== "pending") return false;
  if (post.threadLocked) return false;
  return now.getTime() - post.createdAt.getTime() <= settings.editWindowMinutes * 60_000;
}

/** A member deleting their own reply (not the moderator's "hide"). */
export function canDeleteOwnPost(viewer: Viewer | null, post: PostTarget, now: Date = new Date()): boolean {
  if (!canParticipate(viewer, now)) return false;
  if (!canViewThread(viewer, post.thread)) return false;
  return post.authorId === viewer.id && post.number > 1 && (post.status === "visible" || post.status === "pending") && !post.threadLocked;
}

/**
 * Links in a post (lib/spam/links.ts): a new member's first posts carry none
 * (setting linkFreePosts: the first N; 0 turns the rule off), since those
 * are what spam accounts are made for. priorPosts: the author's visible posts
 * before this one. Staff are exempt.
 */
export function canPostLinks(viewer: Viewer | null, author: { priorPosts: number }, settings: { linkFreePosts: number }): boolean {
  if (!viewer) return false;
  if (isStaff(viewer)) return true;
  return author.priorPosts >= settings.linkFreePosts;
}

// Likes and reports are for what readers see: a visible post in a thread
// everyone can read. A thread held back or hidden has no audience to like
// for, and its moderation goes through the queue, not reports.
export function canReact(viewer: Viewer | null, post: PostTarget, now: Date = new Date()): boolean {
  if (!canParticipate(viewer, now)) return false;
  return post.status === "visible" && post.thread.status === "visible" && post.authorId !== viewer.id;
}

export function canReport(viewer: Viewer | null, post: PostTarget, now: Date = new Date()): boolean {
  if (!canParticipate(viewer, now)) return false;
  return post.status === "visible" && post.thread.status === "visible" && post.authorId !== viewer.id;
}

/**
 * Whether the viewer may learn that a post exists at all — its permalink,
 * history, report page, anything that names it (Discourse's can_see_post).
 * Its thread must be readable to them; a reply waiting for approval exists
 * only for its author and staff. Hidden and deleted replies keep their place
 * in the thread (readers see the reason), so their existence is public; their
 * text is canViewPostContent's decision.
 */
export function canSeePost(viewer: Viewer | null, post: Pick<PostTarget, "status" | "authorId" | "thread">): boolean {
  if (!canViewThread(viewer, post.thread)) return false;
  if (post.status !== "pending") return true;
  return isStaff(viewer) || (!!viewer && viewer.id === post.authorId);
}

/** Reading a post's text where it is shown on its own (history, quotes): both checks. */
export function canReadPost(viewer: Viewer | null, post: Pick<PostTarget, "status" | "authorId" | "thread">): boolean {
  return canSeePost(viewer, post) && canViewPostContent(viewer, post);
}

/** Whether the viewer may read a post's content (not just its placeholder). */
export function canViewPostContent(viewer: Viewer | null, post: Pick<PostTarget, "status" | "authorId">): boolean {
  if (post.status === "visible") return true;
  if (isStaff(viewer)) return true;
  // Authors see their own post while it waits for approval.
  return post.status === "pending" && !!viewer && viewer.id === post.authorId;
}

/**
 * Whether search may return posts readers cannot see (pending, hidden,
 * deleted). The search page offers the choice only to these viewers, and the
 * search service checks again before widening the query.
 */
export function canSearchHidden(viewer: Viewer | null): boolean {
  return isStaff(viewer);
}

// — Moderation ————————————————————————————————————————————————————————

export function canModerate(viewer: Viewer | null): boolean {
  return isStaff(viewer);
}

/** Hiding a thread's opening post hides the thread (Thread.status follows it). */
export function canHidePost(viewer: Viewer | null, post: PostTarget): boolean {
  return isStaff(viewer) && post.status !== "hidden";
}

export function canRestorePost(viewer: Viewer | null, post: PostTarget): boolean {
  return isStaff(viewer) && (post.status === "hidden" || post.status === "deleted");
}

/** Permanent deletion destroys content; only administrators may do it. */
export function canPurgePost(viewer: Viewer | null, post: PostTarget): boolean {
  return isAdmin(viewer) && post.number > 1;
}

export function canManageThread(viewer: Viewer | null): boolean {
  return isStaff(viewer);
}

export function canApprovePosts(viewer: Viewer | null): boolean {
  return isStaff(viewer);
}

export function canViewModerationLog(viewer: Viewer | null): boolean {
  return isStaff(viewer);
}

/** Moderators sanction members; nobody sanctions themselves or a peer or superior. */
export function canSanction(viewer: Viewer | null, target: MemberTarget): boolean {
  if (!viewer || !isStaff(viewer) || viewer.id === target.id) return false;
  return RANK[viewer.role] > RANK[target.role];
}

// — Administration —————————————————————————————————————————————————————

export function canChangeRole(viewer: Viewer | null, target: MemberTarget): boolean {
  return !!viewer && isAdmin(viewer) && viewer.id !== target.id;
}

/**
 * The recovery path for a member who lost their phone and their recovery
 * codes: an administrator turns their two-step login off (and removes their
 * passkeys). Not on oneself — one's own goes through /account/security.
 */
export function canResetTwoFactor(viewer: Viewer | null, target: MemberTarget): boolean {
  return !!viewer && isAdmin(viewer) && viewer.id !== target.id;
}

export function canManageSettings(viewer: Viewer | null): boolean {
  return isAdmin(viewer);
}

export function canPublishArticle(viewer: Viewer | null): boolean {
  return isAdmin(viewer);
}

export function canManageCategories(viewer: Viewer | null): boolean {
  return isAdmin(viewer);
}

/** Throws ForbiddenError unless allowed; for services, after reading fresh state. */
export function assertCan(allowed: boolean, message?: string): void {
  if (!allowed) throw new ForbiddenError(message);
}

// — Conversations (private, lib/conversations/) ——————————————————————————
// A conversation is read by its active participants alone: staff rank gives
// no way in. A moderator sees a message (and its neighbours) only once a
// participant has reported it.

/** The viewer's place in a conversation: taking part, left, or never in it (null). */
export type ConversationAccess = {
  starterId: number;
  locked: boolean;
  participation: "active" | "left" | null;
};

/** Who may start a conversation with a member (User.conversationPolicy). */
export type ConversationPolicy = "everyone" | "followed" | "nobody";

export type ConversationRecipientTarget = {
  id: number;
  policy: ConversationPolicy;
  /** The recipient follows the viewer (for the "followed" policy). */
  followsViewer: boolean;
  /** The recipient ignores the viewer: never reached, by anyone. */
  ignoresViewer: boolean;
  /** Deleted, held or unverified accounts cannot take part. */
  reachable: boolean;
};

/**
 * Starting a conversation (or inviting into one): members who may take
 * part, past the new-member limits (settings conversationMinHours, _MinPosts;
 * staff are exempt). postCount: the viewer's visible posts.
 */
export function canStartConversation(
  viewer: Viewer | null,
  author: { postCount: number },
  settings: { conversationMinHours: number; conversationMinPosts: number },
  now: Date = new Date(),
): boolean {
  if (!canParticipate(viewer, now)) return false;
  if (isStaff(viewer)) return true;
  const ageMs = now.getTime() - viewer.createdAt.getTime();
  return ageMs >= settings.conversationMinHours * 3_600_000 && author.postCount >= settings.conversationMinPosts;
}

/**
 * Whether the viewer may bring this member into a conversation: never
 * themselves, never someone who ignores them; otherwise the recipient's own
 * choice decides, which staff may pass (a moderator must be able to write
 * to a member) — but not an ignore.
 */
export function canMessageMember(viewer: Viewer | null, recipient: ConversationRecipientTarget): boolean {
  if (!viewer || viewer.id === recipient.id || !recipient.reachable || recipient.ignoresViewer) return false;
  if (isStaff(viewer)) return true;
  if (recipient.policy === "everyone") return true;
  return recipient.policy === "followed" && recipient.followsViewer;
}

/** Reading a conversation: its active participants, and nobody else (administrators included). */
export function canReadConversation(viewer: Viewer | null, conversation: ConversationAccess): boolean {
  return !!viewer && conversation.participation === "active";
}

/** Writing in it: an active participant who may take part, while it is not locked. */
export function canReplyConversation(viewer: Viewer | null, conversation: ConversationAccess, now: Date = new Date()): boolean {
  return canParticipate(viewer, now) && conversation.participation === "active" && !conversation.locked;
}

/** Inviting more members: the starter, while the conversation is open. */
export function canInviteToConversation(viewer: Viewer | null, conversation: ConversationAccess, now: Date = new Date()): boolean {
  return canReplyConversation(viewer, conversation, now) && conversation.starterId === viewer!.id;
}

/** Locking or unlocking: the starter, still in it. */
export function canLockConversation(viewer: Viewer | null, conversation: ConversationAccess, now: Date = new Date()): boolean {
  return canParticipate(viewer, now) && conversation.participation === "active" && conversation.starterId === viewer.id;
}

/** Leaving, or marking it unread: anyone still in it (one's own list, whatever one's standing). */
export function canLeaveConversation(viewer: Viewer | null, conversation: ConversationAccess): boolean {
  return canReadConversation(viewer, conversation);
}

export function canMarkConversationUnread(viewer: Viewer | null, conversation: ConversationAccess): boolean {
  return canReadConversation(viewer, conversation);
}

/** Reporting a message: an active participant, about someone else's visible message. */
export function canReportConversationMessage(
  viewer: Viewer | null,
  conversation: ConversationAccess,
  message: { authorId: number; status: string },
  now: Date = new Date(),
): boolean {
  return canParticipate(viewer, now) && conversation.participation === "active" && message.authorId !== viewer.id && message.status === "visible";
}

/** A moderator reading a reported message and its immediate neighbours: only with a report. */
export function canViewReportedConversationMessage(viewer: Viewer | null, message: { reported: boolean }): boolean {
  return isStaff(viewer) && message.reported;
}

/** Hiding a reported message (or dismissing its reports). */
export function canModerateConversationMessage(viewer: Viewer | null, message: { reported: boolean; status: string }): boolean {
  return canViewReportedConversationMessage(viewer, message) && (message.status === "visible" || message.status === "hidden");
}

// — Following members (lib/members/follow-member.ts) ——————————————————————

/** Following another member: members who may take part, never oneself, never an erased account. */
export function canFollowMember(viewer: Viewer | null, target: { id: number; deleted: boolean }, now: Date = new Date()): boolean {
  return canParticipate(viewer, now) && viewer.id !== target.id && !target.deleted;
}

// — Alerts and watching (issue 19, lib/alerts/) ——————————————————————————

/** Watching a thread ("Theo dõi"): any logged-in member, on a thread they may read. */
export function canWatchThread(viewer: Viewer | null, thread: ThreadVisibilityTarget): boolean {
  return !!viewer && canViewThread(viewer, thread);
}

/** Watching a category: any logged-in member (every category is readable). */
export function canWatchCategory(viewer: Viewer | null): boolean {
  return !!viewer;
}

/**
 * Ignoring a member ("Bỏ qua"): any logged-in member, of another member who
 * is not staff — moderators and administrators stay heard (their notices,
 * their moderation of one's posts).
 */
export function canIgnoreMember(viewer: Viewer | null, target: MemberTarget): boolean {
  return !!viewer && viewer.id !== target.id && !isStaffRole(target.role);
}

/**
 * Web push on this browser (lib/push/): a logged-in member who is not banned
 * (a banned member's alerts stay on the site; nothing is sent out of it).
 */
export function canSubscribePush(viewer: Viewer | null): boolean {
  return !!viewer && !viewer.bannedAt;
}

/** Bookmarking a post ("Đánh dấu", private): any logged-in member, on a post they may read. */
export function canBookmark(viewer: Viewer | null, post: Pick<PostTarget, "status" | "authorId" | "thread">): boolean {
  return !!viewer && canReadPost(viewer, post);
}

// — Pictures (lib/uploads) ————————————————————————————————————————————————

/**
 * Uploading a picture for a post: members who may take part, once they have
 * this many visible posts (setting imageFreePosts: "no images in the first N
 * posts", 0 turns it off, like links). Staff are exempt.
 */
export function canUploadPicture(viewer: Viewer | null, author: { priorPosts: number }, settings: { imageFreePosts: number }, now: Date = new Date()): boolean {
  if (!canParticipate(viewer, now)) return false;
  if (isStaff(viewer)) return true;
  return author.priorPosts >= settings.imageFreePosts;
}

/** Using an upload in a private message: only its uploader, a private upload, while no message holds it yet. */
export function canUseConversationPicture(
  viewer: Viewer | null,
  picture: { uploaderId: number | null; postId: number | null; conversationMessageId: number | null; kind: string },
): boolean {
  return !!viewer && picture.uploaderId === viewer.id && picture.postId === null && picture.conversationMessageId === null && picture.kind === "conversation";
}

/**
 * Seeing a private message's picture. Not yet sent: its uploader only (the
 * composer's thumbnail). Sent: the conversation's active participants while
 * the message is visible, and staff only when that message or its immediate
 * neighbour was reported (what viewReportedMessage shows them). Administrators
 * are outsiders like anyone else otherwise.
 */
export function canViewConversationPicture(
  viewer: Viewer | null,
  picture: { uploaderId: number | null; sent: boolean },
  message: { access: ConversationAccess; status: string; reportedNearby: boolean } | null,
): boolean {
  if (!viewer) return false;
  if (!picture.sent || !message) return picture.uploaderId === viewer.id && !picture.sent;
  if (canReadConversation(viewer, message.access) && message.status === "visible") return true;
  return canViewReportedConversationMessage(viewer, { reported: message.reportedNearby });
}

/** Using an upload in a post: only its uploader, and only while no post holds it yet. */
export function canUsePicture(viewer: Viewer | null, picture: { uploaderId: number | null; postId: number | null; kind: string }): boolean {
  return !!viewer && picture.uploaderId === viewer.id && picture.postId === null && picture.kind === "post";
}

/** Removing one picture from a post (its files purged, a reason shown in place): staff. */
export function canRemovePicture(viewer: Viewer | null): boolean {
  return isStaff(viewer);
}

/** A member's own avatar: anyone in good standing who is logged in. */
export function canChangeAvatar(viewer: Viewer | null, now: Date = new Date()): boolean {
  return !!viewer && isInGoodStanding(viewer, now);
}
