import { createClient } from "@redis/client";
import { getEnv } from "../env";
import { processSlot } from "../process-state.js";

// The type of the client this module makes (RESP3, no modules): `ReturnType<typeof createClient>`
// would be the generic one, which the made client is not assignable to.
const connectTo = (url: string) =>
  createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 1000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000) },
  });
export type TRedis = ReturnType<typeof connectTo>;

// One client per process (lib/process-state.js), for the same reason as the database pool (lib/db/get-db.ts):
// the server layer and Next's bundled code load this module separately.
const slot = processSlot<TRedis | null>("redis");

/**
 * The process's Redis client, or null when REDIS_URL is not set. The client reconnects by itself;
 * while it is down its commands fail at once (no offline queue), so callers fall back instead of waiting.
 */
export function getRedis(): TRedis | null {
  const known = slot.get();
  if (known !== undefined) return known;
  const url = getEnv().REDIS_URL;
  if (!url) {
    slot.set(null);
    return null;
  }
  const client = connectTo(url);
  // Without a listener an 'error' event would end the process; the callers see the failed command.
  client.on("error", () => {});
  client.connect().catch(() => {});
  slot.set(client);
  return client;
}

/** At shutdown: closes the process's client, if it ever opened one. */
export async function closeRedis(): Promise<void> {
  const client = slot.get();
  slot.set(undefined);
  if (client?.isOpen) await client.close().catch(() => {});
}
