import { revalidatePath } from "next/cache";
import { purgePageCache } from "../server/page-cache";

/** Public pages are cached (Next's ISR and the server layer's second-long cache): a saved change must show at once. */
export function refreshPublicPages(slug?: string) {
  revalidatePath("/");
  revalidatePath("/about");
  revalidatePath("/map.svg");
  if (slug) revalidatePath(`/countries/${slug}`);
  purgePageCache();
}
