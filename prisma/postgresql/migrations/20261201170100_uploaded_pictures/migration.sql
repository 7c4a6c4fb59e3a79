-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "alt" TEXT,
ADD COLUMN     "contentHash" TEXT,
ADD COLUMN     "height" INTEGER,
ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'post',
ADD COLUMN     "removedAt" TIMESTAMP(3),
ADD COLUMN     "removedById" INTEGER,
ADD COLUMN     "removedReason" TEXT,
ADD COLUMN     "uploaderId" INTEGER,
ADD COLUMN     "variants" TEXT,
ADD COLUMN     "width" INTEGER,
ALTER COLUMN "postId" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "Attachment_uploaderId_createdAt_idx" ON "Attachment"("uploaderId", "createdAt");

-- CreateIndex
CREATE INDEX "Attachment_contentHash_idx" ON "Attachment"("contentHash");

-- CreateIndex
CREATE INDEX "Attachment_postId_createdAt_idx" ON "Attachment"("postId", "createdAt");

