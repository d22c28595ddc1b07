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

const SHARED = Symbol.for("campaign.sharedCache");

CacheHandler.onCreation(({ buildId }) => {
  const memory = createLruHandler({ maxItemsNumber: 500 });
  /** @type {{ client: any, keyPrefix: string } | undefined} */
  const shared = /** @type {any} */ (globalThis)[SHARED];
  if (!shared) return { handlers: [memory] };
  const redis = createRedisHandler({
    client: shared.client,
    // One build's pages are not another's: a deployment's new build starts with an empty cache.
    keyPrefix: `${shared.keyPrefix}${buildId ?? "dev"}:`,
    // A Redis that answers slowly costs a page this much, then the page is read from memory.
    timeoutMs: 500,
  });
  // Read in order: Redis answers (a miss included); memory only when Redis fails. Written to both.
  return { handlers: [redis, memory] };
});

export default CacheHandler;
