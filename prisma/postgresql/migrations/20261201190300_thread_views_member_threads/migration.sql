-- "Lượt xem" of a thread: page views added in batches by the server
-- (lib/views/view-counter.ts). Existing threads start at 0.
ALTER TABLE "Thread" ADD COLUMN "viewCount" INTEGER NOT NULL DEFAULT 0;
-- A member's threads by last activity, page by page (lib/members/member-threads.ts):
-- an index-only walk finds where page N starts.
CREATE INDEX "Thread_authorId_status_lastPostAt_id_idx" ON "Thread"("authorId", "status", "lastPostAt", "id");
