// better-sqlite3 has one connection: a write made outside a transaction while
// another request's transaction is open would run inside it, and vanish if that
// transaction rolls back. Reading the adapter suggests that could happen; this
// test shows it does not (B completes during A and survives A's rollback) and
// guards it against a driver or Prisma upgrade.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";

describe("one SQLite connection, many requests", () => {
  it("a write made while another request's transaction is open survives that transaction's rollback", async () => {
    const category = await db.category.create({ data: { slug: `c-${Date.now()}`, name: "Thử" } });
    let release!: () => void;
    const holding = new Promise<void>((resolve) => (release = resolve));
    let inside!: () => void;
    const started = new Promise<void>((resolve) => (inside = resolve));

    // Request A: a transaction that does some work, waits, then fails.
    const a = db
      .$transaction(async (tx) => {
        await tx.category.update({ where: { id: category.id }, data: { name: "A (sẽ hủy)" } });
        inside();
        await holding;
        throw new Error("rollback");
      })
      .catch((error: Error) => error.message);

    // Request B, meanwhile: an ordinary write it was told succeeded.
    await started;
    const b = db.setting.create({ data: { key: `k-${Date.now()}`, value: "1" } });
    // Give B every chance to run inside A before A rolls back.
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    expect(await a).toBe("rollback");
    const written = await b;

    expect(await db.setting.findUnique({ where: { key: written.key } })).not.toBeNull();
    expect((await db.category.findUniqueOrThrow({ where: { id: category.id } })).name).toBe("Thử");
  });
});
