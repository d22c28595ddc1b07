import type { MetadataRoute } from "next";
import { listCountrySlugs } from "@/lib/campaign/queries";
import { getEnv } from "@/lib/env";
import { publicPaths, sitemapEntries } from "@/lib/share/sitemap";

// Built with the app, like the country pages it lists (no country page appears without a new
// build), and regenerated every 5 minutes so it follows the running server's settings.
export const revalidate = 300;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const env = getEnv();
  const paths = publicPaths({ countrySlugs: await listCountrySlugs(), donations: env.DONATIONS_ENABLED });
  return sitemapEntries(env.APP_URL, paths);
}
