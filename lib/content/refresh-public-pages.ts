import { revalidatePath } from "next/cache";
import { processSlot } from "../process-state.js";
import { forgetDrawnCards } from "../share/card-once-a-minute";

// Caches in front of Next (the server layer's page cache) register here; a saved change empties them.
// A process slot, because the server layer registers from its copy of this module and Next's copy calls.
const purgeHooks = processSlot<Set<() => void>>("publicPagesPurgeHooks");

/** Called by a cache of public pages when it starts (lib/server/serve-app.ts): purge me on every change. */
export function onPublicPagesChanged(purge: () => void): void {
  purgeHooks.getOrCreate(() => new Set()).add(purge);
}

function purgeCaches() {
  for (const purge of purgeHooks.get() ?? []) purge();
  forgetDrawnCards();
}

/** Public pages and their preview images are cached: a saved change must show at once. */
export function refreshPublicPages(slug?: string) {
  // Public pages are app/[lang]/… (English ones reached through a rewrite): patterns cover every language.
  revalidatePath("/[lang]", "page");
  revalidatePath("/opengraph-image");
  revalidatePath("/[lang]/about", "page");
  revalidatePath("/map.svg");
  // The country's page and preview image. Next names an image route inside a route group
  // opengraph-image-<hash>, which no literal address reaches, so the pattern refreshes every
  // country's page and image (each redrawn on its next request).
  if (slug) revalidatePath("/[lang]/countries/[slug]", "layout");
  purgeCaches();
}

/** A translation can change any public page (a country's name is on the home page, the petition on most). */
export function refreshAllPublicPages() {
  revalidatePath("/[lang]", "layout");
  revalidatePath("/map.svg");
  purgeCaches();
}
