// Types for page-probe.mjs (plain JavaScript: loaded by the cache handler at run time).
import type { AsyncLocalStorage } from "node:async_hooks";

export type ProbedPage = {
  key: string;
  serial: string;
  lastModified: number;
  tags: string[];
  softTags: string[];
  cacheControl?: { revalidate?: number | false; expire?: number };
  html: unknown;
  status?: number;
};
export type ProbeRecord = { page?: ProbedPage };

export declare function pageProbe(): AsyncLocalStorage<ProbeRecord>;
export declare function notePageHit(key: string, entry: unknown, softTags: string[]): void;
