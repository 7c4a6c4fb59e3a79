-- Cache expiries recorded by the command-line tools, read by running servers.
CREATE TABLE "CacheExpiry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "tags" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX "CacheExpiry_createdAt_idx" ON "CacheExpiry"("createdAt");
