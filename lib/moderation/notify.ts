// Tells a member about something that happened to their content or account
// (post hidden, report resolved, sanction). Written in the caller's transaction,
// in the member's language: a message given as a function is made in their
// locale (lib/alerts/reader-locale.ts), so its t("alerts.…") calls speak it.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inReaderLocale } from "@/lib/alerts/reader-locale";

export async function notifyMember(
  tx: Prisma.TransactionClient,
  userId: number,
  kind: string,
  message: string | (() => string),
  link: string | null = null,
): Promise<void> {
  let text: string;
  if (typeof message === "string") text = message;
  else {
    const reader = await tx.user.findUnique({ where: { id: userId }, select: { locale: true } });
    text = inReaderLocale(reader?.locale, message);
  }
  await tx.notification.create({ data: { userId, kind, message: text, link } });
}
