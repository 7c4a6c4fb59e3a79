-- Reactions received on the member (author block), the callback kept by an
-- e-mail verification token, an edit's optional reason, /members by most posts.
ALTER TABLE "User" ADD COLUMN "reactionsReceived" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "AuthToken" ADD COLUMN "callbackPath" TEXT;
ALTER TABLE "PostRevision" ADD COLUMN "reason" TEXT;
CREATE INDEX "User_postCount_idx" ON "User"("postCount");

-- Backfill: every reaction already given counts for the post's author.
UPDATE "User" SET "reactionsReceived" = (
  SELECT COUNT(*) FROM "Reaction" r JOIN "Post" p ON p."id" = r."postId"
  WHERE p."authorId" = "User"."id" AND r."userId" <> p."authorId"
);
