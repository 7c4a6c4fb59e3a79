// A conversation's alert is written in each READER's language (User.locale),
// not the sender's: an English member reads English, a Vietnamese one (or one
// who never chose) Vietnamese, whatever page the sender was on.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { notifyConversationMessage } from "@/lib/conversations/notify";
import { requestLocaleStorage } from "@/lib/i18n/request-locale";
import { makeMember } from "../forum/fixtures";

// The alert mails carry a signed unsubscribe link.
process.env.AUTH_SECRET ??= "conversation-alert-language-secret-0123456789";

describe("conversation alerts", () => {
  it("speak the reader's language", async () => {
    const [author, english, vietnamese] = [await makeMember(), await makeMember(), await makeMember()];
    await db.user.update({ where: { id: english.id }, data: { locale: "en" } });
    // The sender writes from an English page: that must not decide the Vietnamese reader's text.
    await requestLocaleStorage().run({ locale: "en", url: "/en/conversations/new" }, () =>
      notifyConversationMessage({
        kind: "started",
        conversationId: 987654,
        title: "Hẹn cà phê",
        messageNumber: 1,
        author: { id: author.id, displayName: author.displayName },
        recipientIds: [english.id, vietnamese.id],
      }),
    );
    const textOf = async (userId: number) => (await db.notification.findFirstOrThrow({ where: { userId, kind: "conversation" } })).message;
    expect(await textOf(english.id)).toBe(`${author.displayName} started a conversation with you: “Hẹn cà phê”.`);
    expect(await textOf(vietnamese.id)).toBe(`${author.displayName} bắt đầu hội thoại với bạn: “Hẹn cà phê”.`);
  });
});
