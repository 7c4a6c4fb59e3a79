-- DropIndex
DROP INDEX "Thread_categoryId_pinned_lastPostAt_id_idx";

-- CreateTable
CREATE TABLE "CategoryRead" (
    "userId" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "readAt" DATETIME NOT NULL,

    PRIMARY KEY ("userId", "categoryId"),
    CONSTRAINT "CategoryRead_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CategoryRead_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "CategoryRead_categoryId_idx" ON "CategoryRead"("categoryId");

-- CreateIndex
CREATE INDEX "Thread_categoryId_status_pinned_lastPostAt_id_idx" ON "Thread"("categoryId", "status", "pinned", "lastPostAt", "id");


-- Backfill (issue 20, defect 6): a profile made by the article importer (no
-- password, no e-mail, not a deleted account) joined with its first post.
UPDATE "User" SET "createdAt" = (SELECT MIN("Post"."createdAt") FROM "Post" WHERE "Post"."authorId" = "User"."id")
WHERE "passwordHash" IS NULL AND "email" IS NULL AND "deletedAt" IS NULL
  AND "createdAt" > (SELECT MIN("Post"."createdAt") FROM "Post" WHERE "Post"."authorId" = "User"."id");
