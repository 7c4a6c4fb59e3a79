// Where processed pictures are kept. Keys are made by the forum only
// (`<sha256 of the upload>/<variant>.webp`, lib/uploads/keys.ts), never from
// a name a member sent, so no path can leave the storage root.
export interface PictureStorage {
  readonly kind: "local" | "s3";
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The stored bytes, or null when there is no such file. */
  get(key: string): Promise<Buffer | null>;
  has(key: string): Promise<boolean>;
  /** Removes the files; a missing one is not an error. */
  delete(keys: readonly string[]): Promise<void>;
}

const KEY = /^[a-f0-9]{64}\/[a-z0-9]{1,16}\.(webp|gif)$/;
// Pictures of private messages live under "private/" (lib/uploads/picture-urls.ts,
// privateVariantKey): the public /uploads route never serves such a key.
const PRIVATE_KEY = /^private\/[a-f0-9]{64}\/[a-z0-9]{1,16}\.(webp|gif)$/;
export function assertKey(key: string): void {
  if (!KEY.test(key) && !PRIVATE_KEY.test(key)) throw new Error(`invalid storage key: ${key}`);
}
/** A key the public /uploads route may serve: never a private one. */
export const isStorageKey = (key: string) => KEY.test(key);
