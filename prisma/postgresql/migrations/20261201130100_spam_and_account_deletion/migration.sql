-- AlterTable
ALTER TABLE "User" ADD COLUMN     "deletedAt" TIMESTAMP(3),
ADD COLUMN     "deletionDueAt" TIMESTAMP(3),
ADD COLUMN     "deletionMode" TEXT,
ADD COLUMN     "deletionRequestedAt" TIMESTAMP(3),
ADD COLUMN     "heldAt" TIMESTAMP(3),
ADD COLUMN     "registrationIpHash" TEXT;

-- CreateTable
CREATE TABLE "SpentChallenge" (
    "id" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SpentChallenge_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SpentChallenge_expiresAt_idx" ON "SpentChallenge"("expiresAt");

-- CreateIndex
CREATE INDEX "User_registrationIpHash_createdAt_idx" ON "User"("registrationIpHash", "createdAt");

-- CreateIndex
CREATE INDEX "User_heldAt_idx" ON "User"("heldAt");

-- CreateIndex
CREATE INDEX "User_deletionDueAt_idx" ON "User"("deletionDueAt");

