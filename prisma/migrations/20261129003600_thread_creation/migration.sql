-- Members start threads. A thread held for approval (its opening post
-- pending) must stay out of every list until approved: Thread.status mirrors
-- the opening post's status so lists filter on the row they already read.
ALTER TABLE "Thread" ADD COLUMN "status" TEXT NOT NULL DEFAULT 'visible';

-- Categories where only staff start threads: the news category, whose
-- threads are the articles administrators publish (members reply under them).
ALTER TABLE "Category" ADD COLUMN "staffThreadsOnly" BOOLEAN NOT NULL DEFAULT false;
UPDATE "Category" SET "staffThreadsOnly" = true WHERE "slug" = 'tin-cong-nghe';
