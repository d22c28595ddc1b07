/** One window of one counter: "<limit name>:<key>", its start and length, and the limit it is held to. */
export type TNearWindow = { id: string; windowStart: Date; windowMs: number; limit: number };
/** What a store is asked: add `uses` to each window (distinct), and say each one's total after. */
export type TStoreWindow = { id: string; windowStart: Date; windowMs: number; uses: number };
export type TCountStore = (windows: TStoreWindow[]) => Promise<number[]>;

// Counting far below a limit in this process, written behind (issue 30). Every signer used to wait
// for a round trip to the shared store (Redis, or PostgreSQL without it) before its signature was
// written: a second hop on the busiest path, and, without Redis, a second transaction per batch. Yet
// a window far below its limit cannot refuse anyone, so its count need not be exact to the use.
//
// So each process keeps, per window it has counted lately, the store's total as last read plus its own
// uses since. A use is counted here alone, and its signer not held, while that sum stays within
// LOCAL_SHARE of the limit and the total was read within FRESH_MS; its uses go to the store in one
// addition per window, FLUSH_MS later (or once the addition under way has come back). Any other use
// (a window new to this process, one read too long ago, or one nearer its limit) waits for the store,
// which adds it to the window's row and answers the total: exact, as before. A process sends one
// addition per window at a time, carrying every use it has for it: so a busy window (one email
// domain, many people behind one address) costs the store one row update per moment and process, not
// one per signer, and no signer queues on the row.
//
// The tolerance, across instances: what one process lets through in memory is at most LOCAL_SHARE of
// the limit (its own uses since its last read count towards it), and the store's count misses at most
// that of each other instance, until written. So a limit L is held to L × (1 + (N - 1) × LOCAL_SHARE)
// with N instances however the load falls (10% with two; lib/rate-limit/near-counts.test.ts puts a
// burst on one instance after the other has read the window, and R9 two instances at once). One
// instance alone counts exactly, while its additions succeed: an addition that fails loses its uses
// (the store is away; a lost use lets through more, never fewer), as does a process that stops
// without draining (a drain flushes them, lib/server/serve-app.ts).
export const LOCAL_SHARE = 0.1;
const FRESH_MS = 1_000;
const FLUSH_MS = 50;
// Past this many windows remembered, a new one is counted by the store each time, as before (memory).
const MAX_ENTRIES = 50_000;

type TWaiter = { resolve: (count: number) => void; reject: (error: unknown) => void };
type TEntry = {
  window: TNearWindow;
  /** The store's total as last read, and when (the caller's clock: `now`). */
  known: number;
  readAt: number;
  /** Uses in the addition under way, and uses counted here since. */
  sending: number;
  pending: number;
  /** Uses that wait for the store's count, in arrival order. */
  waiting: TWaiter[];
  busy: boolean;
};

export class NearCounts {
  private readonly entries = new Map<string, TEntry>();
  // Those with uses to send: a send looks at these, not at every window remembered.
  private readonly due = new Set<TEntry>();
  // The latest caller's: Redis while it answers, else PostgreSQL (lib/rate-limit/consume.ts).
  private store: TCountStore = () => Promise.reject(new Error("nothing counted yet"));
  private immediate = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly under = new Set<Promise<void>>();
  private swept = 0;
  // The callers' clock (`now`), so that tests control it; the store's totals are dated by it.
  private now = 0;

  /** Counts one use of each window; each window's count after it. `store` counts whatever must be. */
  count(windows: TNearWindow[], now: number, store: TCountStore): Promise<number[]> {
    this.store = store;
    this.now = now;
    this.sweep(now);
    const counts = windows.map((window) => {
      const key = `${window.id}@${window.windowStart.getTime()}`;
      let entry = this.entries.get(key);
      if (
        entry &&
        now - entry.readAt <= FRESH_MS &&
        // Uses already waiting for the store go first: nobody after them is counted ahead of them.
        !entry.waiting.length &&
        entry.known + entry.sending + entry.pending + 1 <= Math.floor(window.limit * LOCAL_SHARE)
      ) {
        entry.pending++;
        this.due.add(entry);
        this.later();
        return entry.known + entry.sending + entry.pending;
      }
      if (!entry) {
        if (this.entries.size >= MAX_ENTRIES) return this.store([{ ...window, uses: 1 }]).then(([total]) => total);
        entry = { window, known: 0, readAt: -Infinity, sending: 0, pending: 0, waiting: [], busy: false };
        this.entries.set(key, entry);
      }
      const waiting = entry.waiting;
      this.due.add(entry);
      this.soon();
      return new Promise<number>((resolve, reject) => waiting.push({ resolve, reject }));
    });
    return Promise.all(counts);
  }

  /** Sends every use counted here and waits for all additions under way (shutdown, tests). */
  async flush(): Promise<void> {
    while (this.under.size || this.due.size) {
      this.send();
      await Promise.allSettled([...this.under]);
    }
  }

  // Uses waiting for a count go at the end of this turn of the event loop, together.
  private soon() {
    if (this.immediate) return;
    this.immediate = true;
    setImmediate(() => {
      this.immediate = false;
      this.send();
    });
  }

  // Uses counted here go within FLUSH_MS, so a busy window is one addition per FLUSH_MS.
  private later() {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.send();
    }, FLUSH_MS);
    this.timer.unref();
  }

  private send() {
    const now = this.now;
    const batch = [...this.due].filter((e) => !e.busy);
    if (!batch.length) return;
    for (const e of batch) this.due.delete(e);
    const waiters = batch.map((e) => e.waiting.splice(0));
    const sent = batch.map((e, i) => e.pending + waiters[i].length);
    batch.forEach((e, i) => {
      e.busy = true;
      e.sending = sent[i];
      e.pending = 0;
    });
    // Through a promise, so that a store that throws at once answers its callers as one that fails later.
    const adds = batch.map((e, i) => ({ ...e.window, uses: sent[i] }));
    const done = Promise.resolve(adds)
      .then(this.store)
      .then(
        (totals) => {
          batch.forEach((e, i) => {
            // In the same step as the total: a count made meanwhile must not add these uses twice.
            e.known = totals[i];
            e.sending = 0;
            e.readAt = now;
            // The uses that waited are the last of the addition: the k-th of n counts total - n + k.
            waiters[i].forEach((w, k) => w.resolve(totals[i] - waiters[i].length + 1 + k));
          });
        },
        (error: unknown) => {
          // Lost: a count that cannot be made refuses nobody unseen, as the callers get the error.
          for (const e of batch) e.sending = 0;
          for (const list of waiters) for (const w of list) w.reject(error);
        },
      );
    const settled = done.finally(() => {
      for (const e of batch) e.busy = false;
      this.under.delete(settled);
      for (const e of batch) if (e.pending || e.waiting.length) this.due.add(e);
      if (batch.some((e) => e.waiting.length)) this.soon();
      if (batch.some((e) => e.pending)) this.later();
    });
    this.under.add(settled);
  }

  // Windows that have ended, or that nobody has used lately, are forgotten at the next use (memory).
  // Only a limit of 2 / LOCAL_SHARE or more is ever counted here (a window's first use goes to the
  // store): a per-address limit (3 a window,
  // lib/rate-limit/abuse-limits.ts) never is, so a removal's deletion of its counters
  // (lib/privacy/forget-address.ts) cannot be undone by a write behind.
  private sweep(now: number) {
    if (now - this.swept < FRESH_MS) return;
    this.swept = now;
    for (const [key, e] of this.entries) {
      const ended = e.window.windowStart.getTime() + e.window.windowMs <= now;
      if ((ended || now - e.readAt > 2 * FRESH_MS) && !e.busy && !e.pending && !e.waiting.length)
        this.entries.delete(key);
    }
  }
}
