import { createHmac } from "node:crypto";
import { getEnv } from "../env";
import { processSlot } from "../process-state.js";
import { getRedis } from "../redis/get-redis";

type TSharedCache = { client: unknown; keyPrefix: string; macKey: Buffer };
/** Read by lib/server/isr-cache.js. */
const shared = processSlot<TSharedCache>("sharedCache");

/**
 * Hands the process's Redis client to Next's page cache (lib/server/isr-cache.js, plain JS, which
 * cannot read the settings itself), before Next serves a page. The key prefix names the database,
 * so two stacks on one Redis (parallel test runs) keep their pages apart; the cache adds the build.
 */
export function offerSharedCache(): void {
  const client = getRedis();
  if (!client) return;
  const database = new URL(getEnv().DATABASE_URL).pathname.slice(1) || "postgres";
  // The key of the entries' HMACs (lib/server/signed-cache-value.js): every instance derives the same.
  const macKey = createHmac("sha256", getEnv().AUTH_SECRET).update("page-cache-entries").digest();
  shared.set({ client, keyPrefix: `campaign:${database}:`, macKey });
}
