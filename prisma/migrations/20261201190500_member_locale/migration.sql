-- A member's chosen language (issue 17): null until they choose one.
-- AlterTable
ALTER TABLE "User" ADD COLUMN "locale" TEXT;
