import "server-only";
import { createPrismaClient, type PrismaClient } from "./db/client";
import { getEnv } from "./env";

// One client per server process; dev reloads would otherwise open a new pool on every edit.
const globalForDb = globalThis as unknown as { campaignDb?: PrismaClient };

export function getDb(): PrismaClient {
  globalForDb.campaignDb ??= createPrismaClient(getEnv().DATABASE_URL);
  return globalForDb.campaignDb;
}
