import { describe, expect, it } from "vitest";
import { pageMetadata } from "./page-metadata";

describe("pageMetadata", () => {
  it("gives the page's own address as canonical and og:url, with its words and a large Twitter card", () => {
    const meta = pageMetadata({ path: "/about", title: "About", description: "Where it comes from.", image: "site" });
    expect(meta.alternates?.canonical).toBe("/about");
    expect(meta.openGraph).toMatchObject({ url: "/about", description: "Where it comes from.", locale: "en_GB" });
    expect(meta.twitter).toEqual({ card: "summary_large_image" });
  });

  it("names the campaign's card only for pages without an image of their own", () => {
    const site = pageMetadata({ path: "/about", description: "d", image: "site" });
    expect(site.openGraph?.images).toEqual([expect.objectContaining({ url: "/opengraph-image", width: 1200 })]);
    // Naming any image would stop Next adding the page's own opengraph-image.
    const own = pageMetadata({ path: "/countries/japan", description: "d", image: "own" });
    expect(own.openGraph && "images" in own.openGraph).toBe(false);
    expect("title" in own).toBe(false);
  });
});
