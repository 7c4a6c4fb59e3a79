// What an AlertJob row says happened (its kind and the ids in its payload),
// shared by the queue (jobs.ts) and the SQLite reply transaction
// (lib/forum/reply-sqlite.ts), which writes a reply's job in its own commit.
export type AlertJobPayload =
  | { kind: "reply"; postId: number }
  | { kind: "thread"; postId: number }
  | { kind: "reaction"; postId: number; userId: number }
  // One alert to one browser (lib/push/enqueue-push.ts writes these in bulk).
  | { kind: "push"; subscriptionId: number; notificationId: number };

/** The payload column: the ids without the kind, which has its own column. */
export function alertJobPayload(job: AlertJobPayload): string {
  const { kind: _kind, ...payload } = job;
  return JSON.stringify(payload);
}
