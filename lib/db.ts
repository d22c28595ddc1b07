import "server-only";
import type { PrismaClient } from "./db/client";
import { processDb } from "./db/process-db";

/** The process's database client, for pages, actions and routes. */
export function getDb(): PrismaClient {
  return processDb();
}
