// Next.js's cache of rendered pages (ISR), in place of its default (memory plus files under .next/):
// @fortedigital/nextjs-cache-handler, with Redis shared by every instance when the server layer has
// a Redis client (REDIS_URL; lib/server/shared-cache.ts), and this process's memory otherwise. Plain
// JS: next.config.js names it and Next imports it unbundled.
//
// Shared: an organiser's save (revalidatePath) drops the page for every instance at once, and a page
// one instance rendered is served by the others. While Redis cannot be reached its commands fail at
// once (no offline queue) and each instance reads and writes its memory instead: pages are still
// served, possibly as old as their `revalidate`, and the shared cache fills again when Redis is back.
//
// Why not Next's default: `next build` runs with no database and no secrets, so the public pages
// cannot be rendered at build time (lib/server/build-phase.ts makes that render empty). Next's default
// would serve that empty render to the first visitors; this one never holds anything from the build
// (no registerInitialCache, and the build's own process has no Redis client), so every page is
// rendered on its first request and then regenerated as its `revalidate` says.
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createLruHandler from "@fortedigital/nextjs-cache-handler/local-lru";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { processSlot } from "../process-state.js";
import { currentKey, signedSerializer } from "./signed-cache-value.js";

/** @type {ReturnType<typeof processSlot<{ client: any, keyPrefix: string, macKey: Buffer }>>} */
const sharedCache = processSlot("sharedCache");

CacheHandler.onCreation(({ buildId }) => {
  const memory = createLruHandler({ maxItemsNumber: 500 });
  const shared = sharedCache.get();
  if (!shared) return { handlers: [memory] };
  const redis = createRedisHandler({
    client: shared.client,
    // One build's pages are not another's: a deployment's new build starts with an empty cache.
    keyPrefix: `${shared.keyPrefix}${buildId ?? "dev"}:`,
    // A Redis that answers slowly costs a page this much, then the page is read from memory.
    timeoutMs: 500,
    // Each entry carries an HMAC of its key and content: one rewritten in Redis is a miss (issue 26).
    valueSerializer: signedSerializer(shared.macKey),
  });
  // The serializer is told the key through currentKey (the handler passes it only the value).
  const signed = {
    ...redis,
    /** @param {string} key @param {any} meta */
    get: (key, meta) => currentKey.run(key, () => redis.get(key, meta)),
    /** @param {string} key @param {any} value @param {any} ctx */
    set: (key, value, ctx) => currentKey.run(key, () => redis.set(key, value, ctx)),
  };
  // Read in order: Redis answers (a miss included); memory only when Redis fails. Written to both.
  return { handlers: [signed, memory] };
});

// The pages (cache keys) this process has written, for the metrics (page_cache_keys): regenerating a
// page writes its key again, so a new key means a page never cached before. Capped, as a count.
const MAX_COUNTED = 10_000;
/** @type {Set<string>} */
const written = processSlot("isrCacheKeys").getOrCreate(() => new Set());
const TAGS_HEADER = "x-next-cache-tags";

class IsrCache extends CacheHandler {
  /** @param {string} key @param {any} value @param {any} ctx */
  async set(key, value, ctx) {
    if (written.size < MAX_COUNTED) written.add(key);
    // The library files a route's entry (an opengraph image) under ctx's tags only, but Next carries a
    // route's tags in the entry's headers, as it does a page's: without them, revalidatePath after an
    // organiser's save left the country's preview image as it was.
    if (value?.kind === "APP_ROUTE") {
      const header = value.headers?.[TAGS_HEADER];
      const fromHeader = typeof header === "string" ? header.split(",") : [];
      return super.set(key, value, { ...ctx, tags: [...(ctx?.tags ?? []), ...fromHeader] });
    }
    return super.set(key, value, ctx);
  }
}

export default IsrCache;
