"use server";
// Conversation actions ("Hội thoại"). Each is made with lib/next/action.ts:
// read the form, call the service in lib/conversations (which parses and
// authorises against the database), answer with a redirect or in place.
// Conversations are never cached (every page of them is per member and
// per request), so nothing is expired here.
import { callAction, field, fields, formAction, inPlace } from "@/lib/next/action";
import { previewPost } from "@/lib/forum/preview-post";
import { startConversation } from "@/lib/conversations/start-conversation";
import { replyToConversation } from "@/lib/conversations/reply-conversation";
import { inviteToConversation } from "@/lib/conversations/invite-members";
import { leaveConversation, lockConversation, markConversationUnread } from "@/lib/conversations/manage-conversation";
import { saveConversationDraft } from "@/lib/conversations/drafts";
import { setConversationPolicy } from "@/lib/conversations/policy";
import { reportConversationMessage } from "@/lib/conversations/report-message";
import { resolveConversationReport } from "@/lib/conversations/moderate-reports";
import { conversationLink } from "@/lib/conversations/notify";
import { CONVERSATION_TEXT as T } from "@/lib/conversations/messages";
import { pageOfMessage } from "@/lib/conversations/read-conversation";
import type { FormState } from "@/lib/validation/form-contract";
import { keepPictures, pictureFields } from "@/lib/next/form-pictures";
import { withFormPictures } from "@/lib/uploads/form-pictures";
import { t } from "@/lib/i18n/text";

// Pictures travel with the text (lib/uploads/form-pictures.ts), stored privately; a refusal keeps both.
const startWithPictures = withFormPictures(startConversation, "conversation");
const replyWithPictures = withFormPictures(replyToConversation, "conversation");

const messageUrl = (conversationId: number, number: number) => {
  const page = pageOfMessage(number);
  return `/conversations/${conversationId}${page > 1 ? `?page=${page}` : ""}#m-${number}`;
};

const preview = (typed: readonly string[]) =>
  formAction({
    input: (form) => fields(form, typed),
    values: (input) => input,
    service: previewPost,
    answer: ({ html }, input): FormState => ({ status: "preview", values: input, data: { html } }),
  });
const previewStart = preview(["recipients", "title", "source"]);
const previewReply = preview(["source"]);

const start = formAction({
  input: (form) => ({ ...fields(form, ["recipients", "title", "source", "clientToken"]), ...pictureFields(form) }),
  values: ({ recipients, title, source, attachmentIds }) => ({ recipients, title, source, attachmentIds }),
  service: startWithPictures,
  refused: keepPictures,
  loginFirst: "/conversations/new",
  answer: ({ conversationId }) => conversationLink(conversationId),
});

/** Starts a conversation, or (intent=preview) renders its first message without sending. */
export async function submitStartConversation(previous: FormState, form: FormData): Promise<FormState> {
  return field(form, "intent") === "preview" ? previewStart(previous, form) : start(previous, form);
}

const reply = formAction({
  input: (form) => ({ ...fields(form, ["conversationId", "source", "clientToken"]), ...pictureFields(form) }),
  values: ({ source, attachmentIds }) => ({ source, attachmentIds }),
  service: replyWithPictures,
  refused: keepPictures,
  answer: ({ conversationId, number }) => messageUrl(conversationId, number),
});

export async function submitConversationReply(previous: FormState, form: FormData): Promise<FormState> {
  return field(form, "intent") === "preview" ? previewReply(previous, form) : reply(previous, form);
}

export const inviteAction = formAction({
  input: (form) => fields(form, ["conversationId", "recipients"]),
  values: ({ recipients }) => ({ recipients }),
  service: inviteToConversation,
  answer: ({ invited }) => inPlace(T.invited(invited)),
});

export const lockAction = formAction({
  input: (form) => fields(form, ["conversationId", "locked"]),
  service: lockConversation,
  answer: ({ locked }) => inPlace(locked ? T.lockedDone : T.unlockedDone),
});

export const leaveAction = formAction({
  input: (form) => fields(form, ["conversationId"]),
  service: leaveConversation,
  answer: () => "/conversations?left=1",
});

export const markUnreadAction = formAction({
  input: (form) => fields(form, ["conversationId"]),
  service: markConversationUnread,
  answer: () => "/conversations",
});

export const policyAction = formAction({
  input: (form) => fields(form, ["policy"]),
  service: setConversationPolicy,
  answer: () => inPlace(T.policySaved),
});

export const reportMessageAction = formAction({
  input: (form) => fields(form, ["messageId", "reason", "note"]),
  values: ({ reason, note }) => ({ reason, note }),
  service: reportConversationMessage,
  answer: () => inPlace(T.reported),
});

export const resolveMessageReportAction = formAction({
  input: (form) => fields(form, ["messageId", "outcome", "note"]),
  values: ({ outcome, note }) => ({ outcome, note }),
  service: resolveConversationReport,
  answer: ({ outcome }) => inPlace(outcome === "hide" ? t("services.conversationsMessageHidden") : t("services.conversationsReportDismissed")),
});

/** Draft saves, called by script as the member types. */
export const saveConversationDraftAction = callAction<{ key: string; clientToken: string; recipients?: string; title?: string; source: string }, { saved: boolean }>(saveConversationDraft);
