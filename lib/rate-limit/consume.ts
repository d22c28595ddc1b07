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
export async function consumeRateLimits(db: PrismaClient, checks: TRateCheck[], now = Date.now()): Promise<void> {
  const windows = checks.flatMap((check) =>
    check.limits.map((l) => {
      const windowMs = l.windowSeconds * 1000;
      const windowStart = new Date(Math.floor(now / windowMs) * windowMs);
      return { id: `${l.name}:${check.key}`, windowStart, windowMs, limit: l.limit, message: check.message };
    }),
  );
  if (!windows.length) return;
  // Rows are always locked in the same order (the callers' order), so concurrent requests cannot deadlock.
  // A counter row shared by every request from one address or domain is a hot row: each update
  // holds its lock until the commit is flushed to disk, which serialised signing at ~500/s here.
  // A lost increment costs nothing, so this statement's own transaction commits without waiting
  // for the flush (set_config(…, true) lasts exactly as long as the statement's transaction).
  const values = Prisma.join(windows.map((w) => Prisma.sql`(${w.id}::text, ${w.windowStart}::timestamp)`));
  const rows = await db.$queryRaw<{ key: string; count: number }[]>`
    INSERT INTO "RateLimitWindow" ("key", "windowStart", "count")
    SELECT "key", "windowStart", 1
    FROM (VALUES ${values}) AS v ("key", "windowStart")
    WHERE set_config('synchronous_commit', 'off', true) IS NOT NULL
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
