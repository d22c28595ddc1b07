import { revalidatePath } from "next/cache";
import { purgePageCache } from "../server/page-cache";

/** Public pages and their preview images are cached: a saved change must show at once. */
export function refreshPublicPages(slug?: string) {
  revalidatePath("/");
  revalidatePath("/opengraph-image");
  revalidatePath("/about");
  revalidatePath("/map.svg");
  // The country's page and preview image. Next names an image route inside a route group
  // opengraph-image-<hash>, which no literal address reaches, so the pattern refreshes every
  // country's page and image (each redrawn on its next request).
  if (slug) revalidatePath("/(public)/countries/[slug]", "layout");
  purgePageCache();
}
