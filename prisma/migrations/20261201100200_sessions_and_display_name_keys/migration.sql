-- Issue 11. Sessions: one row per logged-in browser, so logging out ends that
-- session on the server (defect 4). Display-name keys: the confusable
-- skeleton every display name is unique by (defect 11); existing rows are
-- filled in by scripts/prepare-db.ts (the skeleton is computed in
-- TypeScript), which leaves a later look-alike without a key.
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "Session_userId_idx" ON "Session"("userId");
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

ALTER TABLE "User" ADD COLUMN "displayNameKey" TEXT;
CREATE UNIQUE INDEX "User_displayNameKey_key" ON "User"("displayNameKey");
