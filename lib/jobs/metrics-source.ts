import { poolStats, type PrismaClient } from "../db/client";
import type { TScrapeSource } from "../observability/metrics";
import { readJobHealth } from "./read-health";

/** What /api/metrics reads from this instance's database at scrape time. */
export function metricsSource(db: PrismaClient): TScrapeSource {
  return {
    poolStats: () => poolStats(db),
    readJobHealth: () => readJobHealth(db),
    readOutbox: async () => {
      const [row] = await db.$queryRaw<{ pending: number; oldest: number | null }[]>`
        SELECT count(*)::int AS pending, EXTRACT(EPOCH FROM now() - min("createdAt"))::float8 AS oldest
        FROM "OutboxEmail" WHERE status = 'PENDING'`;
      return { pending: row?.pending ?? 0, oldestSeconds: Math.max(0, row?.oldest ?? 0) };
    },
  };
}
