import { revalidatePath } from "next/cache";
import { forgetDrawnCards } from "../share/card-once-a-minute";
import { purgePublicPageCaches } from "./public-page-caches";

function purgeCaches() {
  purgePublicPageCaches();
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
