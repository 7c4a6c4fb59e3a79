import { t } from "@/lib/i18n/text";
// What the conversation services and pages say, in one place (for the
// catalogues, issue 17). Getters and functions: each message is made when
// read, in the request's language. The notify* texts and hiddenReason are
// stored in the database as they are written (alerts, a message's status).
export const CONVERSATION_TEXT = {
  get loginFirst() {
    return t("services.conversations.loginFirst");
  },
  get notFound() {
    return t("services.conversations.notFound");
  },
  get messageNotFound() {
    return t("services.conversations.messageNotFound");
  },
  get locked() {
    return t("services.conversations.locked");
  },
  get left() {
    return t("services.conversations.left");
  },
  get onlyStarter() {
    return t("services.conversations.onlyStarter");
  },
  newMember: (hours: number, posts: number) =>
    posts > 0 ? t("services.conversations.newMemberWithPosts", { hours, posts }) : t("services.conversations.newMember", { hours }),
  unknownMember: (name: string) => t("services.conversations.unknownMember", { name }),
  cannotReach: (name: string) => t("services.conversations.cannotReach", { name }),
  get notYourself() {
    return t("services.conversations.notYourself");
  },
  alreadyIn: (name: string) => t("services.conversations.alreadyIn", { name }),
  tooManyRecipients: (perHour: number) => t("services.conversations.tooManyRecipients", { perHour }),
  tooFast: (seconds: number) => t("services.conversations.tooFast", { seconds }),
  tooLong: (length: number, max: number) => t("services.conversations.tooLong", { length, max }),
  duplicate: (minutes: number) => t("services.conversations.duplicate", { minutes }),
  forbiddenPhrase: (phrase: string) => t("services.forum.bannedPhrase", { phrase }),
  heldPhrase: (phrase: string) => t("services.conversations.heldPhrase", { phrase }),
  get cannotReportOwn() {
    return t("services.conversations.cannotReportOwn");
  },
  get alreadyReported() {
    return t("services.conversations.alreadyReported");
  },
  get reported() {
    return t("services.conversations.reported");
  },
  hiddenReason: "Tin nhắn đã bị điều hành viên ẩn sau khi được báo cáo.",
  invited: (n: number) => t("services.conversations.invited", { n }),
  get lockedDone() {
    return t("services.conversations.lockedDone");
  },
  get unlockedDone() {
    return t("services.conversations.unlockedDone");
  },
  get policySaved() {
    return t("services.conversations.policySaved");
  },
  notifyStarted: (author: string, title: string) => `${author} bắt đầu hội thoại với bạn: “${title}”.`,
  notifyReplied: (author: string, title: string) => `${author} đã trả lời trong hội thoại “${title}”.`,
  notifyInvited: (author: string, title: string) => `${author} đã mời bạn vào hội thoại “${title}”.`,
  notifyHidden: "Một tin nhắn của bạn trong hội thoại đã bị điều hành viên ẩn sau khi được báo cáo.",
  notifyReportHidden: "Điều hành viên đã ẩn tin nhắn bạn báo cáo. Cảm ơn bạn.",
  notifyReportDismissed: "Điều hành viên đã xem tin nhắn bạn báo cáo và không thấy vi phạm.",
} as const;
