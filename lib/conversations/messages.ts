import { t } from "@/lib/i18n/text";
// What the conversation services and pages say, in one place (for the
// catalogues, issue 17). Getters and functions: each message is made when
// read, in the request's language. The notify* texts and hiddenReason are
// stored in the database as they are written (alerts, a message's status).
export const CONVERSATION_TEXT = {
  get loginFirst() {
    return t("services.conversationsLoginFirst");
  },
  get notFound() {
    return t("services.conversationsNotFound");
  },
  get messageNotFound() {
    return t("services.conversationsMessageNotFound");
  },
  get locked() {
    return t("services.conversationsLocked");
  },
  get left() {
    return t("services.conversationsLeft");
  },
  get onlyStarter() {
    return t("services.conversationsOnlyStarter");
  },
  newMember: (hours: number, posts: number) =>
    posts > 0 ? t("services.conversationsNewMemberWithPosts", { hours, posts }) : t("services.conversationsNewMember", { hours }),
  unknownMember: (name: string) => t("services.conversationsUnknownMember", { name }),
  cannotReach: (name: string) => t("services.conversationsCannotReach", { name }),
  get notYourself() {
    return t("services.conversationsNotYourself");
  },
  alreadyIn: (name: string) => t("services.conversationsAlreadyIn", { name }),
  tooManyRecipients: (perHour: number) => t("services.conversationsTooManyRecipients", { perHour }),
  tooFast: (seconds: number) => t("services.conversationsTooFast", { seconds }),
  tooLong: (length: number, max: number) => t("services.conversationsTooLong", { length, max }),
  duplicate: (minutes: number) => t("services.conversationsDuplicate", { minutes }),
  forbiddenPhrase: (phrase: string) => t("services.forumBannedPhrase", { phrase }),
  heldPhrase: (phrase: string) => t("services.conversationsHeldPhrase", { phrase }),
  get cannotReportOwn() {
    return t("services.conversationsCannotReportOwn");
  },
  get alreadyReported() {
    return t("services.conversationsAlreadyReported");
  },
  get reported() {
    return t("services.conversationsReported");
  },
  hiddenReason: "Tin nhắn đã bị điều hành viên ẩn sau khi được báo cáo.",
  invited: (n: number) => t("services.conversationsInvited", { n }),
  get lockedDone() {
    return t("services.conversationsLockedDone");
  },
  get unlockedDone() {
    return t("services.conversationsUnlockedDone");
  },
  get policySaved() {
    return t("services.conversationsPolicySaved");
  },
  // Alerts: made in the reader's language by their writers (notifyMember, notify.ts).
  notifyStarted: (author: string, title: string) => t("conversations.alertNotifyStarted", { author, title }),
  notifyReplied: (author: string, title: string) => t("conversations.alertNotifyReplied", { author, title }),
  notifyInvited: (author: string, title: string) => t("conversations.alertNotifyInvited", { author, title }),
  notifyHidden: () => t("conversations.alertNotifyHidden"),
  notifyReportHidden: () => t("conversations.alertNotifyReportHidden"),
  notifyReportDismissed: () => t("conversations.alertNotifyReportDismissed"),
} as const;
