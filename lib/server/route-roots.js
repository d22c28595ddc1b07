// The first path segments this app answers. Plain JS: next.config.js reads it too. A test holds the
// list to app/'s folders and files (lib/server/route-roots.test.ts), so a new route cannot be missed.

/** The folders under app/[lang] and app/(embed)/[lang], reached in English at /<section>/… by a rewrite. */
export const PUBLIC_SECTIONS = [
  "countries",
  "petition",
  "donate",
  "about",
  "privacy",
  "unsubscribe",
  "unsubscribed",
  "embed",
];

/** The other languages' path prefixes (English has none): held to lib/i18n/languages.ts by the test. */
export const LANGUAGE_PREFIXES = ["my"];

/** Every other first segment with a route: languages' prefixes, the organisers', the API, Next's own. */
const OTHER_ROOTS = [
  ...LANGUAGE_PREFIXES,
  "en", // redirects to the English address (next.config.js)
  "admin",
  "api",
  "_next",
  "icon.svg",
  "map.svg",
  "robots.txt",
  "sitemap.xml",
];

const ROOTS = new Set([...PUBLIC_SECTIONS, ...OTHER_ROOTS]);

/**
 * True when no route of ours starts with the path's first segment (as Next will read it: normalised
 * and decoded). Such a path would reach app/[lang] as a made-up language and be rendered and stored
 * in the page cache as a 404 under its own key, so a visitor could fill the cache with them.
 * @param {string} path
 */
export function isOutsideOurRoutes(path) {
  let first;
  try {
    first = decodeURIComponent(new URL(path, "http://n").pathname.split("/")[1] ?? "");
  } catch {
    return true;
  }
  // "/", the share image drawn for it (Next may add a hash to its name), and the dev server's own.
  if (first === "" || /^opengraph-image(?:-\w+)?$/.test(first) || first.startsWith("__nextjs")) return false;
  return !ROOTS.has(first.replace(/\.(?:prefetch\.)?rsc$|\.segments$/, ""));
}
