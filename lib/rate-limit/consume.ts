import type { PrismaClient } from "../db/client";
import { AppError } from "../errors";

export type TRateLimit = { name: string; limit: number; windowSeconds: number };

/**
 * Counts one use of `key` against each limit (fixed windows, one upsert per limit, in Postgres so
 * the limits hold across app instances) and throws a RATE_LIMITED AppError when any is exceeded.
 */
export async function consumeRateLimits(db: PrismaClient, key: string, limits: TRateLimit[], message: string): Promise<void> {
  const now = Date.now();
  for (const { name, limit, windowSeconds } of limits) {
    const windowMs = windowSeconds * 1000;
    const windowStart = new Date(Math.floor(now / windowMs) * windowMs);
    const [row] = await db.$queryRaw<{ count: number }[]>`
      INSERT INTO "RateLimitWindow" ("key", "windowStart", "count") VALUES (${`${name}:${key}`}, ${windowStart}, 1)
      ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitWindow"."count" + 1
      RETURNING "count"`;
    if (row.count > limit) {
      const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now) / 1000));
      throw new AppError("RATE_LIMITED", message, { retryAfterSeconds });
    }
  }
  // Old windows are worthless; trim them now and then rather than on every call.
  if (Math.random() < 0.01) {
    await db.rateLimitWindow.deleteMany({ where: { windowStart: { lt: new Date(now - 2 * 86_400_000) } } });
  }
}
