-- AlterTable
ALTER TABLE "User" ADD COLUMN "deletedAt" DATETIME;
ALTER TABLE "User" ADD COLUMN "deletionDueAt" DATETIME;
ALTER TABLE "User" ADD COLUMN "deletionMode" TEXT;
ALTER TABLE "User" ADD COLUMN "deletionRequestedAt" DATETIME;
ALTER TABLE "User" ADD COLUMN "heldAt" DATETIME;
ALTER TABLE "User" ADD COLUMN "registrationIpHash" TEXT;

-- CreateTable
CREATE TABLE "SpentChallenge" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "SpentChallenge_expiresAt_idx" ON "SpentChallenge"("expiresAt");

-- CreateIndex
CREATE INDEX "User_registrationIpHash_createdAt_idx" ON "User"("registrationIpHash", "createdAt");

-- CreateIndex
CREATE INDEX "User_heldAt_idx" ON "User"("heldAt");

-- CreateIndex
CREATE INDEX "User_deletionDueAt_idx" ON "User"("deletionDueAt");

