import { processSlot } from "../process-state.js";

// Caches in front of Next (the server layer's page cache) register here; a saved change empties them.
// Apart from refresh-public-pages.ts, which imports next/cache: the server layer loads this before Next
// is set up. A process slot, because the server layer registers from its copy and Next's copy calls.
const purgeHooks = processSlot<Set<() => void>>("publicPagesPurgeHooks");

/** Called by a cache of public pages when it starts (lib/server/serve-app.ts): purge me on every change. */
export function onPublicPagesChanged(purge: () => void): void {
  purgeHooks.getOrCreate(() => new Set()).add(purge);
}

/** Empties every registered cache of public pages. */
export function purgePublicPageCaches(): void {
  for (const purge of purgeHooks.get() ?? []) purge();
}
