-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "Reaction_userId_postId_idx" ON "Reaction"("userId", "postId");
