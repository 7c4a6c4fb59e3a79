// Types for redis-store.mjs (plain JavaScript: Next.js loads the cache handler at run time).
import type { RedisClientType } from "redis";

export type Entry = { value: any; lastModified: number; tags: string[]; cacheControl?: unknown; serial?: string };
export type RedisStoreOptions = {
  url: string;
  prefix?: string;
  ttlSeconds?: number;
  skewMs?: number;
  timeoutMs?: number;
  onExpireFailed?: (tags: string[]) => void;
  log?: (message: string) => void;
  clock?: () => number;
};

export declare class RedisTaggedStore {
  constructor(options: RedisStoreOptions);
  prefix: string;
  usable: boolean;
  connected: Promise<void>;
  client: RedisClientType;
  get(key: string, softTags?: string[]): Promise<Entry | null>;
  finishFill(key: string): void;
  isCurrent(key: string, serial: string, softTags?: string[]): Promise<boolean>;
  set(key: string, value: unknown, tags: string[], cacheControl?: unknown): Promise<void>;
  expire(tags: string[], at?: number, options?: { fromFeed?: boolean }): Promise<void>;
  close(): Promise<void>;
}

export declare function createRedisStore(url: string): RedisTaggedStore;
