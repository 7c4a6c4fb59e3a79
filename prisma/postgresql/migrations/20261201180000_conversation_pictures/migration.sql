-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "conversationMessageId" INTEGER;

-- CreateIndex
CREATE INDEX "Attachment_conversationMessageId_idx" ON "Attachment"("conversationMessageId");

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_conversationMessageId_fkey" FOREIGN KEY ("conversationMessageId") REFERENCES "ConversationMessage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

