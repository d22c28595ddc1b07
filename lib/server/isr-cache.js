// Next.js's cache of rendered pages (ISR), per instance and in memory, in place of its default
// (memory plus files under .next/). Plain JS: next.config.js names it and Next imports it unbundled.
//
// Why our own: `next build` runs with no database and no secrets, so the public pages cannot be
// rendered at build time (lib/server/build-phase.ts makes that render empty). Next's default cache
// would serve that empty build-time render to the first visitors until it is regenerated; this one
// never holds anything from the build (it starts empty in each server process), so every page is
// rendered on its first request and then regenerated as its `revalidate` says. It is also the
// place a cache shared by several instances would plug in.

const MAX_ENTRIES = 500;
const TAGS_HEADER = "x-next-cache-tags";

/** @typedef {{ value: any, lastModified: number, cacheControl?: unknown, tags: string[] }} TEntry */

// One map per process, on globalThis: Next constructs a handler per request.
const KEY = Symbol.for("campaign.isrCache");
/** @type {Map<string, TEntry>} */
const entries = (globalThis[KEY] ??= new Map());

/** @param {any} data @param {{ tags?: string[] }} ctx */
function tagsOf(data, ctx) {
  const header = data?.headers?.[TAGS_HEADER];
  return [...(ctx?.tags ?? []), ...(typeof header === "string" ? header.split(",") : [])];
}

export default class IsrCache {
  /** @param {string} key */
  async get(key) {
    const entry = entries.get(key);
    if (!entry) return null;
    // Most recently used last, so the oldest is the first dropped when the store is full.
    entries.delete(key);
    entries.set(key, entry);
    return entry;
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    entries.delete(key);
    if (!data) return;
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value);
    entries.set(key, {
      value: data,
      lastModified: Date.now(),
      cacheControl: ctx?.cacheControl,
      tags: tagsOf(data, ctx),
    });
  }

  /**
   * revalidatePath and revalidateTag: the pages carrying a tag are dropped, so the next request
   * renders them afresh (an organiser sees their change at once on this instance).
   * @param {string | string[]} tags
   */
  async revalidateTag(tags) {
    const dropped = new Set([tags].flat());
    for (const [key, entry] of entries) if (entry.tags.some((tag) => dropped.has(tag))) entries.delete(key);
  }

  resetRequestCache() {}
}
