// A one-second cache of rendered public pages in front of Next.js's own ISR cache, as a CDN or
// nginx micro-cache would be: under a spike, each page is asked of Next at most once a second per
// instance, and every other request is answered from memory (with the gzip made once). Only GETs
// without a query string (see pageCacheKey) whose response Next marked shareable (`s-maxage`) are kept.
// PAGE_CACHE_SECONDS sets the second; 0 turns it off where nginx micro-caches in front (npm run stack):
// each instance's own copy would be a second per instance that a page could trail an organiser's save.
import { processSlot } from "../process-state.js";

export type TCachedPage = {
  status: number;
  headers: [string, string | string[]][];
  body: Buffer;
  gzip: Buffer;
  expiresAt: number;
};

const MAX_ENTRIES = 200;
// One map per process (lib/process-state.js): organiser actions (bundled by Next) purge the same map
// the server (loaded outside the bundle) reads.
const slot = processSlot<Map<string, TCachedPage>>("pageCache");
const pages = () => slot.getOrCreate(() => new Map());

/**
 * The entry a GET answer belongs to, if any. Shared links carry utm_* tags (lib/share/share-links.ts),
 * which only the browser reads; and a page Next marks shareable is rendered whatever the query (a
 * page that reads it is dynamic, and never stored). So a query of tags alone shares the page's
 * entry, and a spike arriving through a shared link is answered from memory like any other. A
 * partner's frame adds `origin` (lib/embed/), read by the browser and from the form's Referer, never
 * by the render: an embed framed on a busy partner page is one entry too.
 */
export function pageCacheKey(path: string, query: string): string | undefined {
  for (const name of new URLSearchParams(query).keys())
    if (!name.startsWith("utm_") && name !== "origin") return undefined;
  return path;
}

export function cachedPage(path: string, now = Date.now()): TCachedPage | undefined {
  const entry = pages().get(path);
  if (entry && entry.expiresAt > now) return entry;
  if (entry) pages().delete(path);
  return undefined;
}

export function isShareable(cacheControl: string | undefined): boolean {
  return !!cacheControl && /(^|[\s,])s-maxage=\d+/.test(cacheControl) && !/private|no-store/.test(cacheControl);
}

export function storePage(path: string, page: Omit<TCachedPage, "expiresAt">, ttlMs: number, now = Date.now()): void {
  const map = pages();
  if (map.size >= MAX_ENTRIES) map.delete(map.keys().next().value!);
  map.set(path, { ...page, expiresAt: now + ttlMs });
}

/** Called next to revalidatePath: an organiser's change shows on this instance's next request. */
export function purgePageCache(): void {
  pages().clear();
}
