-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Attachment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "postId" INTEGER,
    "filename" TEXT NOT NULL,
    "mimeType" TEXT,
    "byteSize" INTEGER,
    "storagePath" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "conversationMessageId" INTEGER,
    "kind" TEXT NOT NULL DEFAULT 'post',
    "uploaderId" INTEGER,
    "contentHash" TEXT,
    "width" INTEGER,
    "height" INTEGER,
    "variants" TEXT,
    "alt" TEXT,
    "removedAt" DATETIME,
    "removedReason" TEXT,
    "removedById" INTEGER,
    CONSTRAINT "Attachment_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attachment_conversationMessageId_fkey" FOREIGN KEY ("conversationMessageId") REFERENCES "ConversationMessage" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Attachment" ("alt", "byteSize", "contentHash", "createdAt", "filename", "height", "id", "kind", "mimeType", "position", "postId", "removedAt", "removedById", "removedReason", "storagePath", "uploaderId", "variants", "width") SELECT "alt", "byteSize", "contentHash", "createdAt", "filename", "height", "id", "kind", "mimeType", "position", "postId", "removedAt", "removedById", "removedReason", "storagePath", "uploaderId", "variants", "width" FROM "Attachment";
DROP TABLE "Attachment";
ALTER TABLE "new_Attachment" RENAME TO "Attachment";
CREATE INDEX "Attachment_uploaderId_createdAt_idx" ON "Attachment"("uploaderId", "createdAt");
CREATE INDEX "Attachment_contentHash_idx" ON "Attachment"("contentHash");
CREATE INDEX "Attachment_postId_createdAt_idx" ON "Attachment"("postId", "createdAt");
CREATE INDEX "Attachment_conversationMessageId_idx" ON "Attachment"("conversationMessageId");
CREATE UNIQUE INDEX "Attachment_postId_filename_key" ON "Attachment"("postId", "filename");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

