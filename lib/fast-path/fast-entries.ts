// The guest fast path's copies of cached pages, bounded in bytes held: every
// body (as sent, gzip, brotli) is a Buffer of its own outside V8's heap and
// counted at its length, the header lists at two bytes a character, plus a
// fixed overhead per entry. Least recently used dropped first.

export type Variant = { body: Buffer; head: string[] };

export type FastEntry = {
  /** The request path it answers (/threads/…). */
  path: string;
  /** The cache entry it is a copy of: key, serial, and the reader's soft tags. */
  key: string;
  serial: string;
  softTags: string[];
  /** After this (the page's `revalidate`), Next.js answers: it serves the page stale once and renders it again. */
  freshUntil: number;
  status: number;
  etag: string | null;
  identity: Variant;
  gzip?: Variant;
  br?: Variant;
  notModified: string[];
  bytes: number;
  /** Known to be out of date: never served again, kept only until replaced (its compressed copies may be reused). */
  stale: boolean;
  /** When a request was last let through to Next.js to refresh a copy due for its time-based refresh. */
  refreshAskedAt: number | undefined;
};

export const ENTRY_OVERHEAD = 1024;

export function headBytes(head: string[]): number {
  let n = 0;
  for (const s of head) n += 24 + 2 * s.length;
  return n;
}

export class FastEntries {
  bytes = 0;
  readonly entries = new Map<string, FastEntry>();
  constructor(readonly maxBytes: number) {}

  get(path: string): FastEntry | undefined {
    return this.entries.get(path);
  }

  /** Most recently used goes last. */
  touch(entry: FastEntry): void {
    this.entries.delete(entry.path);
    this.entries.set(entry.path, entry);
  }

  set(entry: FastEntry): void {
    this.remove(entry.path);
    if (entry.bytes > this.maxBytes) return;
    this.entries.set(entry.path, entry);
    this.bytes += entry.bytes;
    this.evict();
  }

  /** A variant was added to an entry still held. */
  grew(entry: FastEntry, extra: number): void {
    entry.bytes += extra;
    this.bytes += extra;
    this.evict();
  }

  /** Removes the entry for `path` (only `expected`, when given). */
  remove(path: string, expected?: FastEntry): void {
    const entry = this.entries.get(path);
    if (!entry || (expected && entry !== expected)) return;
    this.entries.delete(path);
    this.bytes -= entry.bytes;
  }

  has(entry: FastEntry): boolean {
    return this.entries.get(entry.path) === entry;
  }

  private evict(): void {
    for (const [path, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(path);
      this.bytes -= entry.bytes;
    }
  }
}
