-- Cache expiries recorded by the command-line tools, read by running servers.
CREATE TABLE "CacheExpiry" (
    "id" SERIAL NOT NULL,
    "tags" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CacheExpiry_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "CacheExpiry_createdAt_idx" ON "CacheExpiry"("createdAt");
