// The storage interface on both back ends: the local folder and S3 (against
// s3rver, a local S3-compatible server started here on a free port).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import S3rver from "s3rver";
import { localStorage } from "@/lib/uploads/storage/local";
import { s3Storage } from "@/lib/uploads/storage/s3";
import { storageFromEnv, type PictureStorage } from "@/lib/uploads/storage";

const HASH = "ab".repeat(32);
const key = (name: string) => `${HASH}/${name}`;

function behavesAsStorage(name: string, make: () => PictureStorage) {
  describe(name, () => {
    it("stores, reads back, reports presence and deletes", async () => {
      const storage = make();
      const bytes = Buffer.from("RIFF....WEBPVP8 fake");
      expect(await storage.has(key("full.webp"))).toBe(false);
      expect(await storage.get(key("full.webp"))).toBeNull();
      await storage.put(key("full.webp"), bytes, "image/webp");
      await storage.put(key("thumb.webp"), Buffer.from("thumb"), "image/webp");
      expect(await storage.has(key("full.webp"))).toBe(true);
      expect((await storage.get(key("full.webp")))?.equals(bytes)).toBe(true);
      await storage.delete([key("full.webp"), key("thumb.webp"), key("w320.webp")]);
      expect(await storage.has(key("full.webp"))).toBe(false);
      expect(await storage.get(key("thumb.webp"))).toBeNull();
    });

    it("refuses keys the forum did not make (no path from outside)", async () => {
      const storage = make();
      for (const bad of ["../../etc/passwd", `${HASH}/../x.webp`, "x/full.webp", `${HASH}/full.html`]) {
        await expect(storage.put(bad, Buffer.from("x"), "text/html")).rejects.toThrow(/invalid storage key/);
      }
    });
  });
}

const dir = mkdtempSync(path.join(tmpdir(), "banluan-uploads-"));
const s3dir = mkdtempSync(path.join(tmpdir(), "banluan-s3rver-"));
let s3: S3rver;
let endpoint = "";

beforeAll(async () => {
  s3 = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: s3dir, configureBuckets: [{ name: "banluan-test", configs: [] }] });
  const { port } = (await s3.run()) as AddressInfo;
  endpoint = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await s3?.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(s3dir, { recursive: true, force: true });
});

behavesAsStorage("local folder", () => localStorage(dir));
behavesAsStorage("S3 (s3rver)", () =>
  s3Storage({ bucket: "banluan-test", endpoint, forcePathStyle: true, accessKeyId: "S3RVER", secretAccessKey: "S3RVER", prefix: "forum/" }),
);

describe("choice from the environment", () => {
  it("is the local folder by default and S3 once S3_BUCKET is set", () => {
    expect(storageFromEnv({ UPLOADS_DIR: dir }).kind).toBe("local");
    expect(storageFromEnv({ S3_BUCKET: "b", S3_ENDPOINT: endpoint }).kind).toBe("s3");
  });
});
