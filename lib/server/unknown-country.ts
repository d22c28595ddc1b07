import { CAMPAIGN_SLUG } from "../campaign/campaign-slug";
import { getDb } from "../db/get-db";
import { splitLangPath } from "../i18n/languages";
import { processSlot } from "../process-state.js";

// Country pages are rendered on demand (a country an organiser adds has a page at once, with no
// rebuild), so a made-up slug must be turned away before Next.js renders it and writes the result to
// its page cache (lib/server/isr-cache.js). The list of slugs is read from the database at most every 2 s per
// instance: a new country is live everywhere within seconds, and a flood of made-up slugs costs one
// query per 2 s.

const SLUG_SHAPE = /^[a-z0-9-]{1,60}$/;
// What Next's client asks for beside a page (its RSC payload and prefetch segments): only these
// suffixes are taken off a segment; anything else after the slug (".x1") is part of the slug.
const NEXT_SUFFIX = /\.(?:prefetch\.)?rsc$|\.segments$/;
const SLUGS_TTL_MS = 2_000;

/** Where Next.js answers with the app's 404 page without rendering a country or caching anything. */
export const NOT_FOUND_PATH = "/countries/-/not-found";

type TSlugs = { at: number; slugs: Set<string>; loading?: Promise<void> };
const holder = processSlot<TSlugs>("countrySlugs");

/**
 * The known slugs, refreshed every 2 s. A failed refresh keeps the last good list (a database
 * outage must not let made-up slugs through to be rendered and cached), and only the very first
 * load, with no list yet, fails.
 */
async function knownSlugs(now = Date.now()): Promise<Set<string>> {
  const state = holder.get();
  if (state && now - state.at < SLUGS_TTL_MS) return state.slugs;
  if (state?.loading) return state.slugs;
  const load = getDb()
    .country.findMany({ where: { campaign: { slug: CAMPAIGN_SLUG } }, select: { slug: true } })
    .then((rows) => {
      holder.set({ at: Date.now(), slugs: new Set(rows.map((r) => r.slug)) });
    });
  if (!state) {
    await load;
    return holder.get()!.slugs;
  }
  state.loading = load.catch(() => undefined).finally(() => (state.loading = undefined));
  return state.slugs; // served stale for the moment the refresh takes
}

/** The country slug a request path asks for (after the URL's own normalisation), or null. */
export function countrySlugOf(path: string): string | null {
  let normalised: string;
  try {
    // "/countries/./x", "/x/../countries/x" and "%2e%2e" reach Next as "/countries/x": judge that.
    normalised = new URL(path, "http://n").pathname;
  } catch {
    return null;
  }
  // In any language ("/my/countries/x" asks for the same country as "/countries/x"), and the partner
  // embed's country pages (/embed/countries/…), rendered and cached the same way.
  const match = /^\/(?:embed\/)?countries\/([^/]+)/.exec(splitLangPath(normalised).path);
  return match ? match[1].replace(NEXT_SUFFIX, "") : null;
}

/**
 * True for a path whose country slug is no country of ours. With no list of slugs at all (the
 * database down since start-up) it says false, and Next.js answers as it would (503 while the
 * database restarts).
 */
export async function isUnknownCountryPath(path: string): Promise<boolean> {
  const slug = countrySlugOf(path);
  if (slug === null) return false;
  if (!SLUG_SHAPE.test(slug)) return true;
  try {
    return !(await knownSlugs()).has(slug);
  } catch {
    return false;
  }
}
