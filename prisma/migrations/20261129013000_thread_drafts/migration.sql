-- The new thread a member is writing, saved as they type (one per member).
CREATE TABLE "ThreadDraft" (
    "userId" INTEGER NOT NULL PRIMARY KEY,
    "categoryId" INTEGER,
    "title" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ThreadDraft_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
