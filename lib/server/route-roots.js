// The first path segments this app answers. Plain JS: next.config.js reads it too. A test holds the
// list to app/'s folders and files (lib/server/route-roots.unit.test.ts), so a new route cannot be missed.

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
  "page-not-found", // a language's 404 page (lib/server/not-found-path.ts)
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
  "fonts", // public/fonts: the Burmese font (scripts/subset-myanmar-font.sh)
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
  let second;
  try {
    const segments = new URL(path, "http://n").pathname.split("/");
    first = decodeURIComponent(segments[1] ?? "");
    second = segments[2] ? decodeURIComponent(segments[2]) : "";
  } catch {
    return true;
  }
  // "/", the share image drawn for it (Next may add a hash to its name), and the dev server's own.
  if (first === "" || isShareImage(first) || first.startsWith("__nextjs")) return false;
  if (!ROOTS.has(withoutNextSuffix(first))) return true;
  // Under a language's prefix, only its pages: "/my/xx" is a 404 too (answered in Burmese).
  if (LANGUAGE_PREFIXES.includes(first) && second)
    return !PUBLIC_SECTIONS.includes(withoutNextSuffix(second)) && !isShareImage(second);
  return false;
}

/** @param {string} segment */
function isShareImage(segment) {
  return /^opengraph-image(?:-\w+)?$/.test(segment);
}

/** @param {string} segment */
function withoutNextSuffix(segment) {
  return segment.replace(/\.(?:prefetch\.)?rsc$|\.segments$/, "");
}
