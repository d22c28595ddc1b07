import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client";
import { errorKind, getLogger } from "../observability/logger";

// Each client's pool, so the metrics can say how busy it is (lib/observability/metrics.ts). On the
// client itself under a global symbol: this module loads twice in one server (bundled by Next, and
// in the server layer), and either copy may have made the process's client.
const POOL = Symbol.for("campaign.pgPool");
type TWithPool = { [POOL]?: pg.Pool };

/** A Prisma client on the pg driver; scripts and tests make their own, the app shares `db`. */
export function createPrismaClient(connectionString: string, max = 10): PrismaClient {
  // A database that does not answer fails a request after 10 s (a 503 with Retry-After) instead of
  // holding it, and a connection, for ever.
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: 10_000 });
  // An idle connection the server closes (a restart, a failover, PgBouncer recycling it) is an
  // 'error' event on the pool; unheard, Node ends the process. The pool has already dropped it, and
  // the next query opens another, so it is logged (by kind: a server's text can quote data) and let be.
  pool.on("error", logIdleConnectionError);
  // $disconnect ends the pool too, as it would one the adapter made itself.
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  (client as TWithPool)[POOL] = pool;
  return client;
}

function logIdleConnectionError(error: Error) {
  try {
    getLogger().warn(errorKind(error), "an idle database connection was closed; the pool opens another");
  } catch {
    // No valid settings to make the logger with (a script's own client): still never a crash.
  }
}

/**
 * The client's own pg pool, for the one statement that skips Prisma's runtime (the signing group
 * commit, lib/petition/signature-writer.ts): same connections, no second pool.
 */
export function poolOf(client: PrismaClient): pg.Pool {
  const pool = (client as TWithPool)[POOL];
  if (!pool) throw new Error("This Prisma client was not made by createPrismaClient");
  return pool;
}

export type TPoolStats = { total: number; idle: number; waiting: number; max: number };

export function poolStats(client: PrismaClient): TPoolStats | undefined {
  const pool = (client as TWithPool)[POOL];
  return pool && { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: pool.options.max };
}

export type { PrismaClient };
