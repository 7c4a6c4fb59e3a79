// The words the moderation pages and the log put on stored names — an action
// ("post.hide"), a report's reason and state, a role, a sanction's length, a
// post's place in its thread — in the page's language (messages/<locale>/mod.json).
// The database keeps the names; only what is shown is translated. Each name
// has its key written whole (t("mod.…")), so the catalog test sees it used.
import "server-only";
import { t } from "@/lib/i18n/text";
import { replyOrdinal } from "@/lib/forum/post-label";
import type { ModAction } from "./log-action";

const ACTION_LABELS: Record<ModAction, () => string> = {
  "post.hide": () => t("mod.actionsPostHide"),
  "post.restore": () => t("mod.actionsPostRestore"),
  "post.edit": () => t("mod.actionsPostEdit"),
  "post.purge": () => t("mod.actionsPostPurge"),
  "post.approve": () => t("mod.actionsPostApprove"),
  "post.reject": () => t("mod.actionsPostReject"),
  "report.hide": () => t("mod.actionsReportHide"),
  "report.dismiss": () => t("mod.actionsReportDismiss"),
  "thread.lock": () => t("mod.actionsThreadLock"),
  "thread.unlock": () => t("mod.actionsThreadUnlock"),
  "thread.pin": () => t("mod.actionsThreadPin"),
  "thread.unpin": () => t("mod.actionsThreadUnpin"),
  "thread.move": () => t("mod.actionsThreadMove"),
  "thread.rename": () => t("mod.actionsThreadRename"),
  "member.suspend": () => t("mod.actionsMemberSuspend"),
  "member.ban": () => t("mod.actionsMemberBan"),
  "member.lift": () => t("mod.actionsMemberLift"),
  "member.role": () => t("mod.actionsMemberRole"),
  "member.title": () => t("mod.actionsMemberTitle"),
  "member.two-factor-reset": () => t("mod.actionsMemberTwoFactorReset"),
  "member.hold": () => t("mod.actionsMemberHold"),
  "member.approve": () => t("mod.actionsMemberApprove"),
  "member.reject": () => t("mod.actionsMemberReject"),
  "account.delete-request": () => t("mod.actionsAccountDeleteRequest"),
  "account.delete-cancel": () => t("mod.actionsAccountDeleteCancel"),
  "account.delete-complete": () => t("mod.actionsAccountDeleteComplete"),
  "filter.add": () => t("mod.actionsFilterAdd"),
  "filter.remove": () => t("mod.actionsFilterRemove"),
  "settings.update": () => t("mod.actionsSettingsUpdate"),
  "category.create": () => t("mod.actionsCategoryCreate"),
  "category.update": () => t("mod.actionsCategoryUpdate"),
  "category.delete": () => t("mod.actionsCategoryDelete"),
  "article.publish": () => t("mod.actionsArticlePublish"),
  "conversation.report-view": () => t("mod.actionsConversationReportView"),
  "conversation.message-hide": () => t("mod.actionsConversationMessageHide"),
  "conversation.report-dismiss": () => t("mod.actionsConversationReportDismiss"),
  "picture.remove": () => t("mod.actionsPictureRemove"),
};

/** A logged action in words; a name the app no longer knows is shown as stored. */
export function modActionLabel(action: string): string {
  return Object.hasOwn(ACTION_LABELS, action) ? ACTION_LABELS[action as ModAction]() : action;
}

/** Why a member reported a post or a message (spam | offensive | off-topic | other). */
export function reportReasonLabel(reason: string): string {
  switch (reason) {
    case "spam":
      return t("mod.labelsReasonSpam");
    case "offensive":
      return t("mod.labelsReasonOffensive");
    case "off-topic":
      return t("mod.labelsReasonOffTopic");
    case "other":
      return t("mod.labelsReasonOther");
    default:
      return reason;
  }
}

/** A post report's state (open | hidden | dismissed), as a member's record lists it. */
export function reportStatusLabel(status: string): string {
  switch (status) {
    case "open":
      return t("mod.labelsReportOpen");
    case "hidden":
      return t("mod.labelsReportHidden");
    case "dismissed":
      return t("mod.labelsReportDismissed");
    default:
      return status;
  }
}

export function roleLabel(role: string): string {
  switch (role) {
    case "member":
      return t("mod.labelsRoleMember");
    case "moderator":
      return t("mod.labelsRoleModerator");
    case "admin":
      return t("mod.labelsRoleAdmin");
    default:
      return role;
  }
}

/** A post's state as a member's record shows it. */
export function postStatusLabel(status: string): string {
  switch (status) {
    case "visible":
      return t("mod.labelsPostVisible");
    case "hidden":
      return t("mod.labelsPostHidden");
    case "deleted":
      return t("mod.labelsPostDeleted");
    case "pending":
      return t("mod.labelsPostPending");
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
      return t("mod.labelsPresetDays", { days: Number(value) });
    default:
      return t("mod.labelsPresetForever");
  }
}

/** A reaction kind's name on the settings page (the stored kinds: lib/forum/reaction-kinds.ts). */
export function reactionKindLabel(kind: string): string {
  switch (kind) {
    case "like":
      return t("mod.labelsReactionLike");
    case "love":
      return t("mod.labelsReactionLove");
    case "haha":
      return t("mod.labelsReactionHaha");
    case "wow":
      return t("mod.labelsReactionWow");
    case "sad":
      return t("mod.labelsReactionSad");
    case "angry":
      return t("mod.labelsReactionAngry");
    default:
      return kind;
  }
}

/**
 * A post by its place in the thread, as the thread numbers it
 * (lib/forum/post-label.ts): "bài mở đầu", "bài #2" — never the database id.
 */
export function postPlaceLabel(number: number): string {
  return number <= 1 ? t("mod.labelsOpeningPost") : t("mod.labelsReplyNumber", { number: replyOrdinal(number) });
}
