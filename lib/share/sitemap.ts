// Pure: what sitemap.xml lists. Only pages anyone may open and a search engine should index: not
// the organiser area, pages opened from an emailed token, answers to a form, or pages marked noindex.
import type { MetadataRoute } from "next";

import { LANGS, LANGUAGES } from "../i18n/languages";

/** The languages the public pages are written in, each under its own path prefix (lib/i18n/languages.ts). */
const SITE_LANGUAGES: readonly { hreflang: string; prefix: string }[] = LANGS.map((lang) => LANGUAGES[lang]);

export function publicPaths({ countrySlugs, donations }: { countrySlugs: string[]; donations: boolean }): string[] {
  return [
    "/",
    "/petition",
    ...[...countrySlugs].sort().map((slug) => `/countries/${slug}`),
    "/about",
    ...(donations ? ["/donate"] : []),
    "/privacy",
  ];
}

export function sitemapEntries(
  appUrl: string,
  paths: string[],
  languages: readonly { hreflang: string; prefix: string }[] = SITE_LANGUAGES,
): MetadataRoute.Sitemap {
  const at = (prefix: string, path: string) => new URL(prefix + (prefix && path === "/" ? "" : path), appUrl).href;
  return languages.flatMap(({ prefix }) =>
    paths.map((path) => ({
      url: at(prefix, path),
      ...(languages.length > 1
        ? { alternates: { languages: Object.fromEntries(languages.map((l) => [l.hreflang, at(l.prefix, path)])) } }
        : {}),
    })),
  );
}
