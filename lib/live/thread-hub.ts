// Live updates for readers with a thread open, fanned out: however many
// streams are open on a thread, this process reads the thread once per change
// and tells every stream what it means for it (each counts the replies after
// the one it was shown last). Before this, every stream ran its own two
// queries per reply and its own 5-second poll: 1 000 readers made 2 000
// queries per reply and 400 a second at rest, and posting stalled (issue 12).
//
// Per thread with readers: one bus subscription, one read at a time (changes
// that arrive meanwhile are merged into one more read), at most one read per
// minIntervalMs, one slow safety-net poll (changes made outside this process,
// e.g. by the CLI, until a shared bus carries them) and one heartbeat timer.
// The last reader leaving drops all of it.
import type { ThreadEventBus } from "./thread-bus";

/** What a stream sends: the thread's counts and the replies its reader has not seen. */
export type ThreadStats = { replyCount: number; lastNumber: number; newReplies: number };

/**
 * One read of a thread: its counts and the numbers of its newest visible
 * replies above `floor` (at most `limit`, newest first), or null when the
 * thread is gone.
 */
export type ThreadSnapshot = { replyCount: number; lastNumber: number; visibleNumbers: number[] };
export type LoadThreadSnapshot = (threadId: number, floor: number, limit: number) => Promise<ThreadSnapshot | null>;

export type Reader = {
  /** The last post number the reader was shown. */
  after: number;
  send(stats: ThreadStats): void;
  ping(): void;
  /** The thread is gone, or the server is stopping. */
  end(): void;
};

export type HubOptions = {
  load: LoadThreadSnapshot;
  bus: ThreadEventBus;
  minIntervalMs?: number;
  pollMs?: number;
  heartbeatMs?: number;
  /** Counts above this many unseen replies are reported as this many. */
  countLimit?: number;
};

type Loaded = ThreadSnapshot & { floor: number };

class ThreadHub {
  readonly readers = new Set<Reader>();
  #snapshot: Loaded | null = null;
  #reading = false;
  #again = false;
  #scheduled: ReturnType<typeof setTimeout> | null = null;
  #lastReadAt = 0;
  #timers: ReturnType<typeof setInterval>[] = [];
  #unsubscribe: () => void;

  constructor(
    readonly threadId: number,
    private readonly hubs: ThreadHubs,
  ) {
    const o = hubs.options;
    this.#unsubscribe = o.bus.subscribe(threadId, () => this.requestRead());
    this.#timers.push(setInterval(() => this.requestRead(), o.pollMs));
    this.#timers.push(setInterval(() => this.readers.forEach((r) => r.ping()), o.heartbeatMs));
    for (const t of this.#timers) t.unref?.();
  }

  join(reader: Reader) {
    this.readers.add(reader);
    // A snapshot that covers this reader answers it without a query.
    if (this.#snapshot && this.#snapshot.floor <= reader.after && !this.#reading) reader.send(this.#statsFor(reader.after));
    else this.requestRead(true);
  }

  leave(reader: Reader) {
    this.readers.delete(reader);
    if (this.readers.size === 0) this.close();
  }

  close() {
    this.#unsubscribe();
    for (const t of this.#timers) clearInterval(t);
    if (this.#scheduled) clearTimeout(this.#scheduled);
    this.#scheduled = null;
    this.hubs.forget(this);
  }

  /** Reads now, or as soon as the read in progress and the minimum interval allow. */
  requestRead(soon = false) {
    if (this.readers.size === 0) return;
    if (this.#reading) {
      this.#again = true;
      return;
    }
    if (this.#scheduled) return;
    const wait = soon ? 0 : Math.max(0, this.#lastReadAt + this.hubs.options.minIntervalMs - Date.now());
    this.#scheduled = setTimeout(() => {
      this.#scheduled = null;
      void this.#read();
    }, wait);
  }

  async #read() {
    this.#reading = true;
    this.#again = false;
    this.#lastReadAt = Date.now();
    const floor = Math.min(...[...this.readers].map((r) => r.after));
    try {
      const snapshot = await this.hubs.options.load(this.threadId, floor, this.hubs.options.countLimit);
      if (!snapshot) {
        for (const reader of [...this.readers]) reader.end();
        return;
      }
      this.#snapshot = { ...snapshot, floor };
      this.#broadcast();
    } catch (error) {
      console.error(`live updates, thread ${this.threadId}:`, error);
    } finally {
      this.#reading = false;
      if (this.#again || [...this.readers].some((r) => r.after < (this.#snapshot?.floor ?? -1))) this.requestRead();
    }
  }

  #broadcast() {
    const byAfter = new Map<number, ThreadStats>();
    for (const reader of this.readers) {
      if (!this.#snapshot || reader.after < this.#snapshot.floor) continue; // joined meanwhile: the next read covers it
      let stats = byAfter.get(reader.after);
      if (!stats) byAfter.set(reader.after, (stats = this.#statsFor(reader.after)));
      reader.send(stats);
    }
  }

  #statsFor(after: number): ThreadStats {
    const s = this.#snapshot!;
    // visibleNumbers is newest first: count until the first one the reader has seen.
    let newReplies = 0;
    while (newReplies < s.visibleNumbers.length && s.visibleNumbers[newReplies] > after) newReplies++;
    return { replyCount: s.replyCount, lastNumber: s.lastNumber, newReplies };
  }
}

/** Every thread's hub in this process. */
export class ThreadHubs {
  readonly options: Required<HubOptions>;
  readonly #hubs = new Map<number, ThreadHub>();

  constructor(options: HubOptions) {
    this.options = { minIntervalMs: 500, pollMs: 30_000, heartbeatMs: 20_000, countLimit: 1_000, ...options };
  }

  /** Adds a reader to the thread's hub; returns the function that removes it. */
  join(threadId: number, reader: Reader): () => void {
    let hub = this.#hubs.get(threadId);
    if (!hub) this.#hubs.set(threadId, (hub = new ThreadHub(threadId, this)));
    hub.join(reader);
    const joined = hub;
    return () => joined.leave(reader);
  }

  forget(hub: ThreadHub) {
    if (this.#hubs.get(hub.threadId) === hub) this.#hubs.delete(hub.threadId);
  }

  /** Ends every stream (the server is stopping); readers reconnect to another instance or after the restart. */
  endAll() {
    for (const hub of [...this.#hubs.values()]) for (const reader of [...hub.readers]) reader.end();
  }

  /** For tests and figures: threads with readers, and readers. */
  get size() {
    let readers = 0;
    for (const hub of this.#hubs.values()) readers += hub.readers.size;
    return { threads: this.#hubs.size, readers };
  }
}

/** Where the process's hubs live (lib/live/live-threads.ts makes them). */
export const globalForHubs = globalThis as unknown as { __banluanThreadHubs?: ThreadHubs };

/** Ends every open stream of this process, if any was opened (used when the server stops; opens nothing). */
export function endAllLiveStreams(): number {
  const hubs = globalForHubs.__banluanThreadHubs;
  const { readers } = hubs?.size ?? { readers: 0 };
  hubs?.endAll();
  return readers;
}
