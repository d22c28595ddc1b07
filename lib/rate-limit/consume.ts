import type { PrismaClient } from "../db/client";
import { addInBatches } from "./count-batches";
import { LOCAL_SHARE, NearCounts, type TCountStore, type TStoreWindow } from "./near-counts";
import { processMemo } from "../process-state.js";
import { AppError } from "../errors";
import type { TReasonCode } from "../reasons/reason";
import { getRedis, type TRedis } from "../redis/get-redis";

export type TRateLimit = { name: string; limit: number; windowSeconds: number };
/** A set of limits on one key, and the reason a refusal gives when one is passed. */
export type TRateCheck = { key: string; limits: TRateLimit[]; reason: TReasonCode };

const REDIS_WAIT_MS = 250;

type TWindow = { id: string; windowStart: Date; windowMs: number; limit: number; reason: TReasonCode };

/**
 * Counts one use of `key` against each limit (fixed windows) and throws a RATE_LIMITED AppError when
 * any is exceeded, with the reason of the check that failed. Counted in a store every instance
 * shares, Redis when REDIS_URL is set and it answers, else PostgreSQL: one round trip for all checks,
 * or none while each window is far below its limit and counted lately (./near-counts.ts).
 *
 * Why Redis first: a counter shared by every signer from one address or email domain is a hot row.
 * In PostgreSQL each increment holds the row's lock for the rest of its transaction, so one busy
 * domain serialised signing (40% of the throughput here with one domain, issue 16); Redis's INCR
 * takes microseconds and holds nothing. A window counted in Redis is not in PostgreSQL: when Redis
 * goes away mid-window, counting starts again from PostgreSQL's count, so a limit can let through up
 * to twice its number once per outage, which is the price of not refusing every signer meanwhile.
 */
export async function consumeRateLimits(
  db: PrismaClient,
  checks: TRateCheck[],
  now = Date.now(),
  redis: TRedis | null = getRedis(),
): Promise<void> {
  const over = (await countRateLimits(db, checks, now, redis)).find((c) => c.count > c.limit);
  if (over) throw new AppError("RATE_LIMITED", over.reason, { retryAfterSeconds: over.retryAfterSeconds });
}

/** One window's count after this use, for callers that answer an excess otherwise (lib/challenge/). */
export type TRateCount = {
  name: string;
  count: number;
  limit: number;
  reason: TReasonCode;
  retryAfterSeconds: number;
};

/** Counts one use of `key` against each limit, as consumeRateLimits does, and returns every count. */
export async function countRateLimits(
  db: PrismaClient,
  checks: TRateCheck[],
  now = Date.now(),
  redis: TRedis | null = getRedis(),
): Promise<TRateCount[]> {
  const windows: (TWindow & { name: string })[] = checks.flatMap((check) =>
    check.limits.map((l) => {
      const windowMs = l.windowSeconds * 1000;
      const windowStart = new Date(Math.floor(now / windowMs) * windowMs);
      const id = `${l.name}:${check.key}`;
      return { id, name: l.name, windowStart, windowMs, limit: l.limit, reason: check.reason };
    }),
  );
  if (!windows.length) return [];
  // Far below its limit a window is counted in this process and written behind; otherwise by the
  // store, Redis when it answers, else PostgreSQL (./near-counts.ts).
  const store: TCountStore = async (adds) =>
    (redis?.isReady && (await countInRedis(redis, adds).catch(() => null))) || (await countInDb(db, adds));
  const counts = await nearCountsOf(db).count(windows, now, store);
  return windows.map((w, i) => ({
    name: w.name,
    count: counts[i],
    limit: w.limit,
    reason: w.reason,
    retryAfterSeconds: Math.max(1, Math.ceil((w.windowStart.getTime() + w.windowMs - now) / 1000)),
  }));
}

// One per client per process, as the batches below it (lib/ loads twice in one server).
const nearCountsOf = processMemo("rateLimitNearCounts", (_db: PrismaClient) => new NearCounts());

/** Writes the uses this process has counted but not yet sent, and waits for those under way (drain, tests). */
export async function flushRateCounts(db: PrismaClient): Promise<void> {
  await nearCountsOf(db).flush();
}

/** The Redis key of one window of one counter (`id` is "<limit name>:<key>"). */
export function redisWindowKey(id: string, windowStart: number): string {
  return `rate:${id}:${windowStart}`;
}

// One MULTI: an INCRBY per window and an expiry at the window's end (plus a minute for clock skew
// between instances), so Redis forgets old windows by itself.
async function countInRedis(redis: TRedis, windows: TStoreWindow[]): Promise<number[]> {
  const multi = redis.multi();
  for (const w of windows) {
    const key = redisWindowKey(w.id, w.windowStart.getTime());
    multi.incrBy(key, w.uses).pExpireAt(key, w.windowStart.getTime() + w.windowMs + 60_000);
  }
  // A Redis that accepts the connection but does not answer (stopped, overloaded) must not hold the
  // signer: after a short wait the count comes from PostgreSQL instead.
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("Redis did not answer")), REDIS_WAIT_MS);
  });
  try {
    const replies = await Promise.race([multi.exec(), timeout]);
    return windows.map((_, i) => Number(replies[i * 2]));
  } finally {
    clearTimeout(timer);
  }
}

/**
 * How far past a limit two instances can let uses through, as a share of it: what each counts in
 * memory unseen by the other (./near-counts.ts; with N instances, N - 1 times this). R9 and
 * ./near-counts.test.ts hold signing and the counters to it.
 */
export const COUNT_TOLERANCE = LOCAL_SHARE;

async function countInDb(db: PrismaClient, windows: TStoreWindow[]): Promise<number[]> {
  const counts = await addInBatches(db, windows);
  // Old windows are worthless; trim them now and then rather than on every call.
  if (Math.random() < 0.001) {
    const oldest = new Date(Date.now() - 2 * 86_400_000);
    await db.rateLimitWindow.deleteMany({ where: { windowStart: { lt: oldest } } });
  }
  return counts;
}
