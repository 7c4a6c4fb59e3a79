-- "Lượt xem" of a thread: page views added in batches by the server
-- (lib/views/view-counter.ts). Existing threads start at 0.
ALTER TABLE "Thread" ADD COLUMN "viewCount" INTEGER NOT NULL DEFAULT 0;
