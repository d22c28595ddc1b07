import type pg from "pg";
import { poolOf, type PrismaClient } from "../db/client";
import { RATE_LIMIT_COUNT_FUNCTION } from "./count-function";
import { processSlot } from "../process-state.js";
import { errorKind, getLogger } from "../observability/logger";

/** One window to count: "<limit name>:<key>", its start, and over how many rows (shards) it is counted. */
export type TCountWindow = { id: string; windowStart: Date; shards: number };

// Group commit for the PostgreSQL fallback's counters, as lib/petition/signature-writer.ts does for
// signatures: a statement per signer cost PostgreSQL a round trip and a transaction, and cost Node
// the socket write that woke it (a quarter of the app's CPU in a profile of the fallback, issue 30).
// Callers arriving while earlier calls are under way wait, and go together in ONE call of
// rate_limit_count; with nobody else counting, a caller goes at once on its own.
const MAX_BATCH = 500;
const MAX_IN_FLIGHT = 2;
const COUNT_SQL = `SELECT rate_limit_count($1::text[], $2::timestamp(3)[], $3::int[]) AS "counts"`;
const UNDEFINED_FUNCTION = "42883";

type TWaiting = { windows: TCountWindow[]; resolve: (counts: number[]) => void; reject: (error: unknown) => void };

class CountBatches {
  private readonly queue: TWaiting[] = [];
  private inFlight = 0;

  constructor(private readonly pool: pg.Pool) {}

  count(windows: TCountWindow[]): Promise<number[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ windows, resolve, reject });
      this.pump();
    });
  }

  private pump() {
    while (this.inFlight < MAX_IN_FLIGHT && this.queue.length) {
      const batch = this.queue.splice(0, MAX_BATCH);
      this.inFlight++;
      void this.run(batch).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  private async run(batch: TWaiting[]) {
    const windows = batch.flatMap((w) => w.windows);
    const values = [
      windows.map((w) => w.id),
      // Prisma keeps DateTime as UTC in `timestamp` columns; an ISO string keeps pg from writing local time.
      windows.map((w) => w.windowStart.toISOString()),
      windows.map((w) => w.shards),
    ];
    try {
      const { rows } = await this.pool.query<{ counts: number[] }>(COUNT_SQL, values).catch(async (error: unknown) => {
        if ((error as { code?: string }).code !== UNDEFINED_FUNCTION) throw error;
        // A database that has not had it yet. Several instances may create it at once: one wins, and
        // the others' errors do not matter as long as the function is there for the second try.
        await this.pool.query(RATE_LIMIT_COUNT_FUNCTION).catch((createError: unknown) => {
          // Another instance's create at the same moment is harmless; anything else (no right to
          // CREATE in the schema) would otherwise show only as the missing function.
          getLogger().warn({ ...errorKind(createError) }, "could not create the rate-limit counting function");
        });
        return this.pool.query<{ counts: number[] }>(COUNT_SQL, values);
      });
      let at = 0;
      for (const waiting of batch) {
        waiting.resolve(rows[0].counts.slice(at, at + waiting.windows.length));
        at += waiting.windows.length;
      }
    } catch (error) {
      for (const waiting of batch) waiting.reject(error);
    }
  }
}

// One batcher per client per process: lib/ loads twice in one server (Next's bundle and the server
// layer), and two batchers would put twice the batches in flight that the tolerance allows for.
const batchesOf = processSlot<WeakMap<PrismaClient, CountBatches>>("rateLimitCountBatches").getOrCreate(
  () => new WeakMap(),
);

/** Counts one use of each window in PostgreSQL, together with whoever else is counting at the moment. */
export function countInBatches(db: PrismaClient, windows: TCountWindow[]): Promise<number[]> {
  let batches = batchesOf.get(db);
  if (!batches) batchesOf.set(db, (batches = new CountBatches(poolOf(db))));
  return batches.count(windows);
}
