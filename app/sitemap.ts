import type { MetadataRoute } from "next";
import { listCountrySlugs } from "@/lib/campaign/queries";
import { getEnv } from "@/lib/env";
import { isBuildPrerender } from "@/lib/server/build-phase";
import { publicPaths, sitemapEntries } from "@/lib/share/sitemap";
import { getDb } from "@/lib/db/get-db";

// Rendered on first request (the build has no database: lib/server/build-phase.ts) and regenerated
// every 5 minutes, so a country an organiser adds is listed within minutes.
export const revalidate = 300;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  if (isBuildPrerender()) return [];
  const env = getEnv();
  const paths = publicPaths({ countrySlugs: await listCountrySlugs(getDb()), donations: env.DONATIONS_ENABLED });
  return sitemapEntries(env.APP_URL, paths);
}
