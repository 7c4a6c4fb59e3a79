// A Map bounded by its number of entries (and, optionally, by a weight such
// as the characters its keys hold), the least recently used dropped first.
// Insertion order is use order: a hit moves its key to the end, so the first
// key is always the one to drop. Shared by the in-process caches that keep
// small derived things (Prisma's query plans, opened session cookies, the
// adapter's prepared statements); the page caches count bytes held and have
// their own (lib/cache/).
export class LruMap<K, V> {
  private readonly entries = new Map<K, V>();
  private weightHeld = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly weigh: (key: K, value: V) => number = () => 0,
    private readonly maxWeight = Infinity,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** The value, now the most recently used; or undefined. */
  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    this.delete(key);
    this.entries.set(key, value);
    this.weightHeld += this.weigh(key, value);
    while (this.entries.size > this.maxEntries || this.weightHeld > this.maxWeight) {
      this.delete(this.entries.keys().next().value as K);
    }
  }

  delete(key: K): void {
    const value = this.entries.get(key);
    if (value === undefined) return;
    this.entries.delete(key);
    this.weightHeld -= this.weigh(key, value);
  }
}
