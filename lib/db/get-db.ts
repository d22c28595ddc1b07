import { getEnv } from "../env";
import { createPrismaClient, type PrismaClient } from "./client";

// One client (one pool) per server process, kept on globalThis: Next's bundled code and the server
// layer (lib/server, loaded outside the bundle) share it, and dev reloads do not open new pools.
const globalForDb = globalThis as unknown as { campaignDb?: PrismaClient };

/** The process's database client, for pages, actions, routes and the server layer. */
export function getDb(): PrismaClient {
  globalForDb.campaignDb ??= createPrismaClient(getEnv().DATABASE_URL);
  return globalForDb.campaignDb;
}

/** At shutdown: ends the process's pool, if it ever opened one. */
export async function closeDb(): Promise<void> {
  const db = globalForDb.campaignDb;
  globalForDb.campaignDb = undefined;
  await db?.$disconnect();
}
