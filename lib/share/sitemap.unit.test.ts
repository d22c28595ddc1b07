import { describe, expect, it } from "vitest";
import { loadSeedData } from "../seed/seed-data";
import { publicPaths, sitemapEntries } from "./sitemap";

const slugs = loadSeedData().countries.map((c) => c.slug);

describe("publicPaths", () => {
  it("lists the home page, the petition, every country (removed ones too) and the pages about the site", () => {
    const paths = publicPaths({ countrySlugs: slugs, donations: true });
    expect(paths.slice(0, 2)).toEqual(["/", "/petition"]);
    for (const slug of slugs) expect(paths).toContain(`/countries/${slug}`);
    expect(paths).toContain("/countries/australia");
    expect(paths).toEqual(expect.arrayContaining(["/about", "/donate", "/privacy"]));
    expect(new Set(paths).size).toBe(paths.length);
  });

  it("leaves out the donation page while donations are off, and never lists private or token pages", () => {
    const paths = publicPaths({ countrySlugs: slugs, donations: false });
    expect(paths).not.toContain("/donate");
    for (const path of paths) expect(path).not.toMatch(/^\/(admin|api)|confirm|remove|manage|thanks|my-data/);
  });
});

describe("sitemapEntries", () => {
  it("gives absolute addresses on the site's own origin, without alternates while there is one language", () => {
    const entries = sitemapEntries(
      "https://campaign.example",
      ["/", "/countries/japan"],
      [{ hreflang: "en-GB", prefix: "" }],
    );
    expect(entries).toEqual([
      { url: "https://campaign.example/" },
      { url: "https://campaign.example/countries/japan" },
    ]);
  });

  it("names every translation of every page once a second language is added", () => {
    const languages = [
      { hreflang: "en-GB", prefix: "" },
      { hreflang: "my", prefix: "/my" },
    ];
    const entries = sitemapEntries("https://campaign.example", ["/", "/countries/japan"], languages);
    expect(entries.map((e) => e.url)).toEqual([
      "https://campaign.example/",
      "https://campaign.example/countries/japan",
      "https://campaign.example/my",
      "https://campaign.example/my/countries/japan",
    ]);
    const japan = {
      "en-GB": "https://campaign.example/countries/japan",
      my: "https://campaign.example/my/countries/japan",
    };
    expect(entries[1].alternates).toEqual({ languages: japan });
    expect(entries[3].alternates).toEqual({ languages: japan });
  });

  it("lists the site's own languages by default: English, and Burmese under /my", () => {
    const entries = sitemapEntries("https://campaign.example", ["/countries/japan"]);
    expect(entries.map((e) => e.url)).toEqual([
      "https://campaign.example/countries/japan",
      "https://campaign.example/my/countries/japan",
    ]);
  });
});
