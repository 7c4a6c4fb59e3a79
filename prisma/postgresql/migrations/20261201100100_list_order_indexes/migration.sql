-- Thread and post lists order by (…, id): the indexes close with the id, so
-- PostgreSQL walks them in order instead of sorting (SQLite already did, its
-- indexes end with the rowid).
DROP INDEX "Thread_categoryId_pinned_lastPostAt_idx";
DROP INDEX "Thread_lastPostAt_idx";
DROP INDEX "Post_status_createdAt_idx";
CREATE INDEX "Thread_categoryId_pinned_lastPostAt_id_idx" ON "Thread"("categoryId", "pinned", "lastPostAt", "id");
CREATE INDEX "Thread_lastPostAt_id_idx" ON "Thread"("lastPostAt", "id");
CREATE INDEX "Post_status_createdAt_id_idx" ON "Post"("status", "createdAt", "id");
