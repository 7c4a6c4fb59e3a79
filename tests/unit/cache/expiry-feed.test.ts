// The cache-expiry feed on this run's engine: what a command records reaches
// a server's poller once, in order; a poller starting later does not replay
// what was recorded before it started (its cache was empty then).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordExpiry } from "@/lib/cache/expiry-feed";
import { startExpiryPoller } from "@/lib/cache/expiry-poller";

describe("cache-expiry feed", () => {
  it("hands each recorded set of tags to a running poller once, and nothing older", async () => {
    await recordExpiry(db, ["thread:1"]);
    const seen: string[][] = [];
    const poller = startExpiryPoller(db, (tags) => seen.push(tags), 60_000);
    await poller.pollNow();
    expect(seen).toEqual([]);
    await recordExpiry(db, ["thread:2", "newest-posts", "thread:2", "has space"]);
    await recordExpiry(db, ["categories"]);
    await poller.pollNow();
    await poller.pollNow();
    poller.stop();
    expect(seen).toEqual([["thread:2", "newest-posts"], ["categories"]]);
  });
});
