import type { PrismaClient } from "../db/client";
import { countInBatches } from "./count-batches";
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
 * any is exceeded, with the reason of the check that failed. One round trip for all checks, to a
 * store every instance shares: Redis when REDIS_URL is set and it answers, else PostgreSQL.
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
  const counts =
    (redis?.isReady && (await countInRedis(redis, windows).catch(() => null))) || (await countInDb(db, windows));
  return windows.map((w, i) => ({
    name: w.name,
    count: counts[i],
    limit: w.limit,
    reason: w.reason,
    retryAfterSeconds: Math.max(1, Math.ceil((w.windowStart.getTime() + w.windowMs - now) / 1000)),
  }));
}

/** The Redis key of one window of one counter (`id` is "<limit name>:<key>"). */
export function redisWindowKey(id: string, windowStart: number): string {
  return `rate:${id}:${windowStart}`;
}

// One MULTI: an INCR per window and an expiry at the window's end (plus a minute for clock skew
// between instances), so Redis forgets old windows by itself.
async function countInRedis(redis: TRedis, windows: TWindow[]): Promise<number[]> {
  const multi = redis.multi();
  for (const w of windows) {
    const key = redisWindowKey(w.id, w.windowStart.getTime());
    multi.incr(key).pExpireAt(key, w.windowStart.getTime() + w.windowMs + 60_000);
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

// Sharded counters, so that a busy key is no hot row in PostgreSQL either. An increment takes the row's
// lock until its statement commits, and every update of one row leaves a dead version behind that the
// next must step over: one row per domain (or per shared address) counted by every signer made them
// queue (issue 30). A window of a big enough limit is counted over up to MAX_SHARDS rows instead; each
// use adds one to a shard chosen at random and reads the sum of all of them (the SQL function
// rate_limit_count, ./count-function.ts). Shard s of a window is the row of the same key whose
// windowStart is s milliseconds after the window's (windows start on whole minutes): shard 0 is the
// row an unsharded window always had, a key's rows keep their key (lib/privacy/forget-address.ts
// deletes an address's counters by it), and the sum is one index range.
//
// The tolerance: a use reads its own shard's count after its increment (the row's lock orders it
// after every earlier use of that shard) and then the other shards as committed, plus its own batch's
// increments (./count-batches.ts: one transaction), so it misses only the uses of other shards in
// batches not yet committed: the other batch in flight in this instance, and those of other instances.
// A limit of L is therefore held to within those uses at its edge, and shards are used only where a
// few of them stay small beside L: floor(L × SHARD_TOLERANCE) shards, so a limit under
// 1 / SHARD_TOLERANCE (the sign-in, subject access and donation limits, and the default per-minute
// signing limit of 10) stays one row and exact. The 10% is measured, not proved: two clients of 8
// connections each, 3 × L uses at once, L = 100 and 1,000 (lib/rate-limit/consume-shards.test.ts), and
// 600 sign-ups from one address over two instances at a daily limit of 200, which let through 200
// (e2e/faults/r9-shared-limits.spec.ts). Far more concurrent signers of one key than that could pass it.
export const SHARD_TOLERANCE = 0.1;
const MAX_SHARDS = 16;

function shardCount(limit: number): number {
  return Math.max(1, Math.min(MAX_SHARDS, Math.floor(limit * SHARD_TOLERANCE)));
}

async function countInDb(db: PrismaClient, windows: TWindow[]): Promise<number[]> {
  const counts = await countInBatches(
    db,
    windows.map((w) => ({ id: w.id, windowStart: w.windowStart, shards: shardCount(w.limit) })),
  );
  // Old windows are worthless; trim them now and then rather than on every call.
  if (Math.random() < 0.001) {
    const oldest = new Date(Date.now() - 2 * 86_400_000);
    await db.rateLimitWindow.deleteMany({ where: { windowStart: { lt: oldest } } });
  }
  return counts;
}
