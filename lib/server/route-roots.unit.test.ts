import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LANGS } from "../i18n/languages";
import { LANGUAGES } from "../i18n/languages";
import { isOutsideOurRoutes, LANGUAGE_PREFIXES, PUBLIC_SECTIONS } from "./route-roots.js";

// What app/ answers at its root: folders (route groups opened), and the metadata files' addresses.
function appRoots(): string[] {
  const roots: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && /^\(.+\)$/.test(entry.name)) visit(`${dir}/${entry.name}`);
      else if (entry.isDirectory() && entry.name !== "[lang]") roots.push(entry.name);
    }
  };
  visit("app");
  const files = readdirSync("app");
  if (files.includes("robots.ts")) roots.push("robots.txt");
  if (files.includes("sitemap.ts")) roots.push("sitemap.xml");
  roots.push(...files.filter((f) => f.endsWith(".svg")));
  // Next serves public/'s folders at the root too.
  roots.push(
    ...readdirSync("public", { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name),
  );
  return roots;
}

describe("the first segments of our routes", () => {
  it("lets through every route app/ has, in every language", () => {
    for (const root of appRoots()) expect(isOutsideOurRoutes(`/${root}/x`), root).toBe(false);
    for (const tree of ["app/[lang]", "app/(embed)/[lang]"])
      for (const section of readdirSync(tree, { withFileTypes: true }).filter((e) => e.isDirectory()))
        expect(PUBLIC_SECTIONS, section.name).toContain(section.name);
    for (const lang of LANGS) expect(isOutsideOurRoutes(`/${lang}/petition`), lang).toBe(false);
    for (const path of ["/my", "/my/", "/my/opengraph-image", "/my/countries/japan", "/my/petition.rsc"])
      expect(isOutsideOurRoutes(path), path).toBe(false);
    for (const path of ["/", "/opengraph-image", "/_next/static/x.js", "/petition.rsc", "/x/../petition"])
      expect(isOutsideOurRoutes(path), path).toBe(false);
  });

  it("knows every language's prefix, as next.config.js's framing rule needs them", () => {
    const prefixes = LANGS.map((lang) => LANGUAGES[lang].prefix.slice(1)).filter(Boolean);
    expect([...LANGUAGE_PREFIXES].sort()).toEqual(prefixes.sort());
  });

  it("turns away a made-up language or section, however it is written", () => {
    const madeUp = ["/xx", "/xx/petition", "/fr/countries/japan", "/MY/petition", "/%6Dy2/x", "/%E0%A4%A", "/.env"];
    for (const path of [...madeUp, "/my/xx", "/my/admin"]) expect(isOutsideOurRoutes(path), path).toBe(true);
  });
});
