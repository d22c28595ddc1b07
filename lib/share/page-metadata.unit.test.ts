import { describe, expect, it } from "vitest";
import { pageMetadata } from "./page-metadata";

describe("pageMetadata", () => {
  it("gives the page's own address as canonical and og:url, with its words and a large Twitter card", () => {
    const meta = pageMetadata({ path: "/about", title: "About", description: "Where it comes from.", image: "site" });
    expect(meta.alternates?.canonical).toBe("/about");
    expect(meta.openGraph).toMatchObject({ url: "/about", description: "Where it comes from.", locale: "en_GB" });
    expect(meta.twitter).toEqual({ card: "summary_large_image" });
  });

  it("names the campaign's card for pages without an image of their own, and a page's own at its address", () => {
    const site = pageMetadata({ path: "/about", description: "d", image: "site" });
    expect(site.openGraph?.images).toEqual([expect.objectContaining({ url: "/opengraph-image", width: 1200 })]);
    const own = pageMetadata({ path: "/countries/japan", description: "d", image: "country" });
    expect(own.openGraph?.images).toEqual([
      expect.objectContaining({ url: "/countries/japan/opengraph-image", width: 1200, height: 630 }),
    ]);
    expect("title" in own).toBe(false);
    // A country's card and the petition's in the page's language (see page-metadata.ts).
    const burmese = pageMetadata({ lang: "my", path: "/countries/japan", description: "d", image: "country" });
    expect(burmese.openGraph?.images).toEqual([
      expect.objectContaining({ url: "/my/countries/japan/opengraph-image", width: 1200, height: 630 }),
    ]);
    const home = pageMetadata({ lang: "my", path: "/", description: "d", image: "site" });
    expect(home.openGraph?.images).toEqual([expect.objectContaining({ url: "/my/opengraph-image" })]);
    const petition = pageMetadata({ lang: "my", path: "/petition", description: "d", image: "petition" });
    expect(petition.openGraph?.images).toEqual([expect.objectContaining({ url: "/my/petition/opengraph-image" })]);
    expect(burmese.openGraph).toMatchObject({ url: "/my/countries/japan", locale: "my_MM" });
    expect(burmese.alternates?.languages).toEqual({
      "en-GB": "/countries/japan",
      my: "/my/countries/japan",
      "x-default": "/countries/japan",
    });
  });
});
