import { getEnv } from "../env";
import { processSlot } from "../process-state.js";
import { createPrismaClient, type PrismaClient } from "./client";

// One client (one pool) per server process (lib/process-state.js): Next's bundled code and the server
// layer (lib/server, loaded outside the bundle) share it, and dev reloads do not open new pools.
const slot = processSlot<PrismaClient>("db");

/** The process's database client, for pages, actions, routes and the server layer. */
export function getDb(): PrismaClient {
  return slot.getOrCreate(() => createPrismaClient(getEnv().DATABASE_URL));
}

/** At shutdown: ends the process's pool, if it ever opened one. */
export async function closeDb(): Promise<void> {
  const db = slot.get();
  slot.set(undefined);
  await db?.$disconnect();
}
