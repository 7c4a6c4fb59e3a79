// Types for isr-cache-handler.mjs (plain JavaScript: Next.js loads it at run time).
export type Entry = { value: unknown; lastModified: number; tags: string[]; size: number; cacheControl?: unknown; serial: string };

export declare class TaggedMemoryStore {
  constructor(maxBytes?: number);
  maxBytes: number;
  bytes: number;
  entries: Map<string, Entry>;
  isExpired(tags: string[], since: number): boolean;
  startFill(key: string, at?: number, onlyIfIdle?: boolean): void;
  finishFill(key: string, at?: number): number;
  get(key: string, extraTags?: string[], at?: number): Entry | null;
  set(key: string, value: unknown, tags: string[], cacheControl?: unknown, at?: number): void;
  isCurrent(key: string, serial: string, softTags: string[]): boolean;
  delete(key: string): void;
  expire(tags: string[], at?: number): void;
}

export default class IsrCacheHandler {
  /** The shared store: a TaggedMemoryStore, or the Redis store with REDIS_URL. */
  store: unknown;
  get(key: string, ctx: unknown): Promise<{ value: unknown; lastModified: number; cacheControl?: unknown } | null>;
  set(key: string, data: unknown, ctx: unknown): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}

export declare function expireInProcess(tags: string[]): void | Promise<void>;
