import type { PrismaClient } from "../db/client";
import { getRedis, type TRedis } from "../redis/get-redis";

const REDIS_WAIT_MS = 250;

/**
 * Records a challenge as used, once: true the first time its signature is seen, false after. Kept
 * until the challenge has expired (it is refused as expired after that anyway). In Redis when it
 * answers (SET NX), else in PostgreSQL's rate-limit table (a row keyed by the signature, dated by
 * the expiry, so the table's own trimming forgets it), so it holds across instances either way.
 */
export async function spendChallenge(
  db: PrismaClient,
  signature: string,
  expiresAtSeconds: number,
  redis: TRedis | null = getRedis(),
): Promise<boolean> {
  const key = `challenge-used:${signature}`;
  if (redis?.isReady) {
    const spent = await spendInRedis(redis, key, expiresAtSeconds).catch(() => null);
    if (spent !== null) return spent;
  }
  const rows = await db.$queryRaw<{ key: string }[]>`
    INSERT INTO "RateLimitWindow" ("key", "windowStart", "count")
    VALUES (${key}, ${new Date(expiresAtSeconds * 1000)}::timestamp, 1)
    ON CONFLICT ("key", "windowStart") DO NOTHING
    RETURNING "key"`;
  return rows.length === 1;
}

async function spendInRedis(redis: TRedis, key: string, expiresAtSeconds: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("Redis did not answer")), REDIS_WAIT_MS);
  });
  try {
    const reply = await Promise.race([
      redis.set(key, "1", { NX: true, PXAT: expiresAtSeconds * 1000 + 60_000 }),
      timeout,
    ]);
    return reply === "OK";
  } finally {
    clearTimeout(timer);
  }
}
