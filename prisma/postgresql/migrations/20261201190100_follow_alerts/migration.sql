-- Follow alerts (issue 19): a member hears of the new threads and replies of
-- the members they follow unless they turn it off.
ALTER TABLE "AlertSettings" ADD COLUMN "followAlerts" BOOLEAN NOT NULL DEFAULT true;
