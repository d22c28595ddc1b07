import { Prisma } from "../generated/prisma/client";
import type { PrismaClient } from "../db/client";
import { AppError } from "../errors";
import type { TReasonCode } from "../i18n/reason";
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

async function countInDb(db: PrismaClient, windows: TWindow[]): Promise<number[]> {
  // Rows are always locked in the same order (the callers' order), so concurrent requests cannot
  // deadlock. A lost increment costs nothing, so this statement's own transaction commits without
  // waiting for the disk flush (set_config(…, true) lasts exactly as long as the transaction).
  const values = Prisma.join(windows.map((w) => Prisma.sql`(${w.id}::text, ${w.windowStart}::timestamp)`));
  const rows = await db.$queryRaw<{ key: string; count: number }[]>`
    INSERT INTO "RateLimitWindow" ("key", "windowStart", "count")
    SELECT "key", "windowStart", 1
    FROM (VALUES ${values}) AS v ("key", "windowStart")
    WHERE set_config('synchronous_commit', 'off', true) IS NOT NULL
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitWindow"."count" + 1
    RETURNING "key", "count"`;
  // Old windows are worthless; trim them now and then rather than on every call.
  if (Math.random() < 0.001) {
    const oldest = new Date(Date.now() - 2 * 86_400_000);
    await db.rateLimitWindow.deleteMany({ where: { windowStart: { lt: oldest } } });
  }
  return windows.map((w) => rows.find((r) => r.key === w.id)?.count ?? 0);
}
