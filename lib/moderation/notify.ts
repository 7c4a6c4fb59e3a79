// Tells a member about something that happened to their content or account
// (post hidden, report resolved, sanction). Written in the caller's transaction.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

export async function notifyMember(
  tx: Prisma.TransactionClient,
  userId: number,
  kind: string,
  message: string,
  link: string | null = null,
): Promise<void> {
  await tx.notification.create({ data: { userId, kind, message, link } });
}
