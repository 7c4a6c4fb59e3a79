// The words the moderation pages and the log put on stored names — an action
// ("post.hide"), a report's reason and state, a role, a sanction's length, a
// post's place in its thread — in the page's language (messages/*/mod.json).
// The database keeps the names; only what is shown is translated. Each name
// has its key written whole (t("mod.…")), so the catalog test sees it used.
import "server-only";
import { t } from "@/lib/i18n/text";
import { replyOrdinal } from "@/lib/forum/post-label";
import type { ModAction } from "./log-action";

const ACTION_LABELS: Record<ModAction, () => string> = {
  "post.hide": () => t("mod.actions.postHide"),
  "post.restore": () => t("mod.actions.postRestore"),
  "post.edit": () => t("mod.actions.postEdit"),
  "post.purge": () => t("mod.actions.postPurge"),
  "post.approve": () => t("mod.actions.postApprove"),
  "post.reject": () => t("mod.actions.postReject"),
  "report.hide": () => t("mod.actions.reportHide"),
  "report.dismiss": () => t("mod.actions.reportDismiss"),
  "thread.lock": () => t("mod.actions.threadLock"),
  "thread.unlock": () => t("mod.actions.threadUnlock"),
  "thread.pin": () => t("mod.actions.threadPin"),
  "thread.unpin": () => t("mod.actions.threadUnpin"),
  "thread.move": () => t("mod.actions.threadMove"),
  "thread.rename": () => t("mod.actions.threadRename"),
  "member.suspend": () => t("mod.actions.memberSuspend"),
  "member.ban": () => t("mod.actions.memberBan"),
  "member.lift": () => t("mod.actions.memberLift"),
  "member.role": () => t("mod.actions.memberRole"),
  "member.title": () => t("mod.actions.memberTitle"),
  "member.two-factor-reset": () => t("mod.actions.memberTwoFactorReset"),
  "member.hold": () => t("mod.actions.memberHold"),
  "member.approve": () => t("mod.actions.memberApprove"),
  "member.reject": () => t("mod.actions.memberReject"),
  "account.delete-request": () => t("mod.actions.accountDeleteRequest"),
  "account.delete-cancel": () => t("mod.actions.accountDeleteCancel"),
  "account.delete-complete": () => t("mod.actions.accountDeleteComplete"),
  "filter.add": () => t("mod.actions.filterAdd"),
  "filter.remove": () => t("mod.actions.filterRemove"),
  "settings.update": () => t("mod.actions.settingsUpdate"),
  "category.create": () => t("mod.actions.categoryCreate"),
  "category.update": () => t("mod.actions.categoryUpdate"),
  "category.delete": () => t("mod.actions.categoryDelete"),
  "article.publish": () => t("mod.actions.articlePublish"),
  "conversation.report-view": () => t("mod.actions.conversationReportView"),
  "conversation.message-hide": () => t("mod.actions.conversationMessageHide"),
  "conversation.report-dismiss": () => t("mod.actions.conversationReportDismiss"),
  "picture.remove": () => t("mod.actions.pictureRemove"),
};

/** A logged action in words; a name the app no longer knows is shown as stored. */
export function modActionLabel(action: string): string {
  return Object.hasOwn(ACTION_LABELS, action) ? ACTION_LABELS[action as ModAction]() : action;
}

/** Why a member reported a post or a message (spam | offensive | off-topic | other). */
export function reportReasonLabel(reason: string): string {
  switch (reason) {
    case "spam":
      return t("mod.labels.reasonSpam");
    case "offensive":
      return t("mod.labels.reasonOffensive");
    case "off-topic":
      return t("mod.labels.reasonOffTopic");
    case "other":
      return t("mod.labels.reasonOther");
    default:
      return reason;
  }
}

/** A post report's state (open | hidden | dismissed), as a member's record lists it. */
export function reportStatusLabel(status: string): string {
  switch (status) {
    case "open":
      return t("mod.labels.reportOpen");
    case "hidden":
      return t("mod.labels.reportHidden");
    case "dismissed":
      return t("mod.labels.reportDismissed");
    default:
      return status;
  }
}

export function roleLabel(role: string): string {
  switch (role) {
    case "member":
      return t("mod.labels.roleMember");
    case "moderator":
      return t("mod.labels.roleModerator");
    case "admin":
      return t("mod.labels.roleAdmin");
    default:
      return role;
  }
}

/** A post's state as a member's record shows it. */
export function postStatusLabel(status: string): string {
  switch (status) {
    case "visible":
      return t("mod.labels.postVisible");
    case "hidden":
      return t("mod.labels.postHidden");
    case "deleted":
      return t("mod.labels.postDeleted");
    case "pending":
      return t("mod.labels.postPending");
    default:
      return status;
  }
}

/** A sanction preset's length (lib/validation/moderation.ts SANCTION_PRESETS values). */
export function sanctionPresetLabel(value: string): string {
  switch (value) {
    case "1":
    case "3":
    case "7":
    case "30":
      return t("mod.labels.presetDays", { days: Number(value) });
    default:
      return t("mod.labels.presetForever");
  }
}

/** A reaction kind's name on the settings page (the stored kinds: lib/forum/reaction-kinds.ts). */
export function reactionKindLabel(kind: string): string {
  switch (kind) {
    case "like":
      return t("mod.labels.reactionLike");
    case "love":
      return t("mod.labels.reactionLove");
    case "haha":
      return t("mod.labels.reactionHaha");
    case "wow":
      return t("mod.labels.reactionWow");
    case "sad":
      return t("mod.labels.reactionSad");
    case "angry":
      return t("mod.labels.reactionAngry");
    default:
      return kind;
  }
}

/**
 * A post by its place in the thread, as the thread numbers it
 * (lib/forum/post-label.ts): "bài mở đầu", "bài #2" — never the database id.
 */
export function postPlaceLabel(number: number): string {
  return number <= 1 ? t("mod.labels.openingPost") : t("mod.labels.replyNumber", { number: replyOrdinal(number) });
}
