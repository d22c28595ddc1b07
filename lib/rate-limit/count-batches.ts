import type pg from "pg";
import { poolOf, type PrismaClient } from "../db/client";
import { RATE_LIMIT_ADD_FUNCTION } from "./count-function";
import type { TStoreWindow } from "./near-counts";
import { processMemo } from "../process-state.js";
import { errorKind, getLogger } from "../observability/logger";

// Group commit for the PostgreSQL fallback's counters, as lib/petition/signature-writer.ts does for
// signatures: a statement per caller cost PostgreSQL a round trip and a transaction, and cost Node
// the socket write that woke it (a quarter of the app's CPU in a profile of the fallback, issue 30).
// Callers arriving while earlier calls are under way wait, and go together in ONE call of
// rate_limit_add, their uses of one window summed; with nobody else counting, a caller goes at once.
const MAX_BATCH = 500;
const MAX_IN_FLIGHT = 2;
const ADD_SQL = `SELECT rate_limit_add($1::text[], $2::timestamp(3)[], $3::int[]) AS "totals"`;
const UNDEFINED_FUNCTION = "42883";
// A statement that does not come back (a half-open connection after a failover) is given up, as the
// signature writer's are: its callers get the error rather than waiting for ever.
const STATEMENT_TIMEOUT_MS = 10_000;

type TWaiting = { windows: TStoreWindow[]; resolve: (totals: number[]) => void; reject: (error: unknown) => void };

class CountBatches {
  private readonly queue: TWaiting[] = [];
  private inFlight = 0;

  constructor(private readonly pool: pg.Pool) {}

  add(windows: TStoreWindow[]): Promise<number[]> {
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
    try {
      // One entry per window, whoever asked: the function's rows must be distinct.
      const slots = new Map<string, { w: TStoreWindow; uses: number; i: number }>();
      const at = batch.map((waiting) =>
        waiting.windows.map((w) => {
          // Prisma keeps DateTime as UTC in `timestamp` columns; an ISO string keeps pg from writing local time.
          const key = `${w.id}\n${w.windowStart.toISOString()}`;
          let slot = slots.get(key);
          if (!slot) slots.set(key, (slot = { w, uses: 0, i: slots.size }));
          slot.uses += w.uses;
          // This caller's uses come after those before it in the batch: its total is the sum so far.
          return { slot, upTo: slot.uses };
        }),
      );
      const list = [...slots.values()];
      const values = [list.map((s) => s.w.id), list.map((s) => s.w.windowStart.toISOString()), list.map((s) => s.uses)];
      const query = { text: ADD_SQL, values, query_timeout: STATEMENT_TIMEOUT_MS } as pg.QueryConfig;
      const { rows } = await this.pool.query<{ totals: number[] }>(query).catch(async (error: unknown) => {
        if ((error as { code?: string }).code !== UNDEFINED_FUNCTION) throw error;
        // A database that has not had it yet. Several instances may create it at once: one wins, and
        // the others' errors do not matter as long as the function is there for the second try.
        await this.pool.query(RATE_LIMIT_ADD_FUNCTION).catch((createError: unknown) => {
          // Another instance's create at the same moment is harmless; anything else (no right to
          // CREATE in the schema) would otherwise show only as the missing function.
          getLogger().warn({ ...errorKind(createError) }, "could not create the rate-limit counting function");
        });
        return this.pool.query<{ totals: number[] }>(query);
      });
      const totals = rows[0].totals;
      batch.forEach((waiting, i) =>
        // The window's total less the uses of callers after this one in the batch.
        waiting.resolve(at[i].map(({ slot, upTo }) => totals[slot.i] - slot.uses + upTo)),
      );
    } catch (error) {
      for (const waiting of batch) waiting.reject(error);
    }
  }
}

// One batcher per client per process: lib/ loads twice in one server (Next's bundle and the server
// layer), and two batchers would put twice the batches in flight.
const batchesOf = processMemo("rateLimitCountBatches", (db: PrismaClient) => new CountBatches(poolOf(db)));

/** Adds each window's uses in PostgreSQL, together with whoever else is counting; each one's total after. */
export function addInBatches(db: PrismaClient, windows: TStoreWindow[]): Promise<number[]> {
  return batchesOf(db).add(windows);
}
