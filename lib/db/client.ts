import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";

/** A Prisma client on the pg driver; scripts and tests make their own, the app shares `db`. */
export function createPrismaClient(connectionString: string, max = 10): PrismaClient {
  // A database that does not answer fails a request after 10 s (a 503 with Retry-After) instead of
  // holding it, and a connection, for ever.
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max, connectionTimeoutMillis: 10_000 }) });
}

export type { PrismaClient };
