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

