import { describe, expect, it } from "vitest";
import { countrySlugOf, isUnknownCountryPath } from "./unknown-country";

describe("the made-up country guard", () => {
  it("reads the slug Next.js would route, after the URL's normalisation", () => {
    expect(countrySlugOf("/countries/japan")).toBe("japan");
    expect(countrySlugOf("/embed/countries/japan")).toBe("japan");
    expect(countrySlugOf("/countries/japan.rsc")).toBe("japan");
    expect(countrySlugOf("/countries/japan.prefetch.rsc")).toBe("japan");
    expect(countrySlugOf("/countries/japan.segments/_tree.segment.rsc")).toBe("japan");
    expect(countrySlugOf("/countries/japan/opengraph-image-1x2y3z")).toBe("japan");
    // Anything else after a real slug is part of the slug Next would render.
    expect(countrySlugOf("/countries/japan.x1")).toBe("japan.x1");
    expect(countrySlugOf("/countries/./atlantis")).toBe("atlantis");
    expect(countrySlugOf("/countries/japan/../atlantis")).toBe("atlantis");
    expect(countrySlugOf("/countries/japan/%2e%2e/atlantis")).toBe("atlantis");
    expect(countrySlugOf("/x/../countries/atlantis")).toBe("atlantis");
    expect(countrySlugOf("/about")).toBeNull();
    // The same pages in Burmese.
    expect(countrySlugOf("/my/countries/japan")).toBe("japan");
    expect(countrySlugOf("/my/countries/japan.rsc")).toBe("japan");
    expect(countrySlugOf("/my/x/../countries/atlantis")).toBe("atlantis");
    expect(countrySlugOf("/myx/countries/atlantis")).toBeNull();
  });

  it("turns away made-up slugs and lets the database's countries through", async () => {
    for (const path of ["/countries/japan", "/countries/japan.rsc", "/countries/australia/opengraph-image-abc"])
      expect(await isUnknownCountryPath(path), path).toBe(false);
    for (const path of [
      "/countries/atlantis",
      "/countries/japan.x1",
      "/countries/JAPAN",
      "/countries/japan/../atlantis",
      "/countries/%E2%80%AE",
      `/countries/${"x".repeat(300)}`,
    ])
      expect(await isUnknownCountryPath(path), path).toBe(true);
    expect(await isUnknownCountryPath("/about")).toBe(false);
    expect(await isUnknownCountryPath("/my/countries/japan")).toBe(false);
    expect(await isUnknownCountryPath("/my/countries/atlantis")).toBe(true);
  });
});
