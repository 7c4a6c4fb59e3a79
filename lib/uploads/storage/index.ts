// The one storage the forum uses, chosen from the environment once:
// S3_BUCKET set → object storage (S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID,
// S3_SECRET_ACCESS_KEY, S3_FORCE_PATH_STYLE=1, S3_PREFIX); otherwise the
// local folder UPLOADS_DIR (default data/uploads).
import path from "node:path";
import { localStorage } from "./local";
import { s3Storage } from "./s3";
import type { PictureStorage } from "./types";

export type { PictureStorage } from "./types";

export function storageFromEnv(env: Record<string, string | undefined> = process.env): PictureStorage {
  if (env.S3_BUCKET) {
    return s3Storage({
      bucket: env.S3_BUCKET,
      region: env.S3_REGION,
      endpoint: env.S3_ENDPOINT || undefined,
      accessKeyId: env.S3_ACCESS_KEY_ID,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY,
      forcePathStyle: env.S3_FORCE_PATH_STYLE === "1" || env.S3_FORCE_PATH_STYLE === "true",
      prefix: env.S3_PREFIX,
    });
  }
  return localStorage(path.resolve(env.UPLOADS_DIR || path.join(process.cwd(), "data", "uploads")));
}

const holder = globalThis as unknown as { __banluanPictureStorage?: PictureStorage };
export function pictureStorage(): PictureStorage {
  return (holder.__banluanPictureStorage ??= storageFromEnv());
}
/** Tests point the forum at another storage. */
export function setPictureStorage(storage: PictureStorage | undefined): void {
  holder.__banluanPictureStorage = storage;
}
