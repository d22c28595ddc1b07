import { memoise } from "../cache/memoise";
import { CAMPAIGN_SLUG } from "../campaign/campaign-slug";
import { getDb } from "../db/get-db";

// Country pages are rendered on demand (a country an organiser adds has a page at once, with no
// rebuild), so a made-up slug must be turned away before Next.js renders it and writes the result to
// its page cache (lib/server/isr-cache.js). The list of slugs is read from the database at most every 2 s per
// instance: a new country is live everywhere within seconds, and a flood of made-up slugs costs one
// query per 2 s.

const COUNTRY_PATH = /^\/countries\/([^/.]+)(?:[/.].*)?$/;
const SLUG_SHAPE = /^[a-z0-9-]{1,60}$/;
const SLUGS_TTL_MS = 2_000;

/** Where Next.js answers with the app's 404 page without rendering a country or caching anything. */
export const NOT_FOUND_PATH = "/countries/-/not-found";

function knownSlugs(): Promise<Set<string>> {
  const db = getDb();
  return memoise(db, "country-slugs", SLUGS_TTL_MS, async () => {
    const rows = await db.country.findMany({ where: { campaign: { slug: CAMPAIGN_SLUG } }, select: { slug: true } });
    return new Set(rows.map((r) => r.slug));
  });
}

/**
 * True for a path under /countries/ whose slug is no country of ours. On a database error it says
 * false, and Next.js answers as it would (its own error page, or 503 while the database restarts).
 */
export async function isUnknownCountryPath(path: string): Promise<boolean> {
  const slug = COUNTRY_PATH.exec(path)?.[1];
  if (slug === undefined) return false;
  if (!SLUG_SHAPE.test(slug)) return true;
  try {
    return !(await knownSlugs()).has(slug);
  } catch {
    return false;
  }
}
