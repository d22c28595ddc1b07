import { Prisma } from "../generated/prisma/client";
import type { PrismaClient } from "../db/client";
import { AppError } from "../errors";

export type TRateLimit = { name: string; limit: number; windowSeconds: number };
export type TRateCheck = { key: string; limits: TRateLimit[]; message: string };

/**
 * Counts one use of `key` against each limit (fixed windows) in a single upsert statement, kept in
 * Postgres so the limits hold across app instances, and throws a RATE_LIMITED AppError when any is
 * exceeded, with the message of the check that failed. All checks take one round trip.
 */
export async function consumeRateLimits(db: PrismaClient, checks: TRateCheck[]): Promise<void> {
  const now = Date.now();
  const windows = checks.flatMap((check) =>
    check.limits.map((l) => {
      const windowMs = l.windowSeconds * 1000;
      const windowStart = new Date(Math.floor(now / windowMs) * windowMs);
      return { id: `${l.name}:${check.key}`, windowStart, windowMs, limit: l.limit, message: check.message };
    }),
  );
  if (!windows.length) return;
  // Rows are always locked in the same order (the callers' order), so concurrent requests cannot deadlock.
  const rows = await db.$queryRaw<{ key: string; count: number }[]>`
    INSERT INTO "RateLimitWindow" ("key", "windowStart", "count")
    VALUES ${Prisma.join(windows.map((w) => Prisma.sql`(${w.id}, ${w.windowStart}, 1)`))}
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitWindow"."count" + 1
    RETURNING "key", "count"`;
  for (const w of windows) {
    const count = rows.find((r) => r.key === w.id)?.count ?? 0;
    if (count > w.limit) {
      const retryAfterSeconds = Math.max(1, Math.ceil((w.windowStart.getTime() + w.windowMs - now) / 1000));
      throw new AppError("RATE_LIMITED", w.message, { retryAfterSeconds });
    }
  }
  // Old windows are worthless; trim them now and then rather than on every call.
  if (Math.random() < 0.001) {
    await db.rateLimitWindow.deleteMany({ where: { windowStart: { lt: new Date(now - 2 * 86_400_000) } } });
  }
}
