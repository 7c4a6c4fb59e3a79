// E-mail for conversation alerts: sent to the members a conversation alert
// was just written for (lib/conversations/notify.ts, which already keeps it
// to one per conversation until opened), when they may be mailed (verified,
// not sanctioned, held or deleted) and chose mail for what is addressed to
// them (AlertSettings.mentionEmail). Queued, so the request never waits for SMTP.
import type { Db } from "@/lib/db-client";
import { enqueueMail } from "@/lib/mail/queue";
import { conversationMail } from "./alert-mail";
import { loadRecipients } from "./recipients";
import { preferencesOfMany } from "./settings";

export async function mailConversationAlerts(
  db: Db,
  userIds: readonly number[],
  message: { conversationId: number; number: number; title: string; authorName: string },
): Promise<number> {
  if (userIds.length === 0) return 0;
  const [recipients, prefs] = await Promise.all([loadRecipients(db, userIds), preferencesOfMany(db, userIds)]);
  let queued = 0;
  for (const id of userIds) {
    const to = recipients.get(id);
    if (!to?.mailable || !to.email || prefs.get(id)?.mentionEmail !== "immediate") continue;
    await enqueueMail(conversationMail({ id, displayName: to.viewer.displayName, email: to.email, locale: to.locale }, message), { db });
    queued += 1;
  }
  return queued;
}
