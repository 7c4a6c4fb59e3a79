// The conversation form's words (components/conversations/conversation-composer.tsx,
// a client component), in the page's language, for the two pages that show it.
import { formatNumber } from "@/lib/format";
import { translator } from "@/lib/i18n/server";
import type { ConversationComposerText } from "@/components/conversations/conversation-composer";

export async function composerText(maxLength: number): Promise<ConversationComposerText> {
  const t = await translator();
  return {
    startTitle: t("conversations.start"),
    replyTitle: t("conversations.replyTitle"),
    recipients: t("conversations.recipients"),
    recipientsHint: t("conversations.recipientsHint"),
    title: t("conversations.titleField"),
    source: t("conversations.source"),
    placeholder: t("conversations.placeholder"),
    hint: t("conversations.sourceHint", { max: formatNumber(maxLength) }),
    preview: t("conversations.preview"),
    send: t("conversations.send"),
    start: t("conversations.start"),
    sending: t("conversations.sending"),
  };
}
