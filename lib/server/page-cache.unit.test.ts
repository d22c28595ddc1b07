import { describe, expect, it } from "vitest";
import { pageCacheKey } from "./page-cache";

describe("pageCacheKey", () => {
  it("keys a page by its path, with or without the tags of a shared link", () => {
    expect(pageCacheKey("/countries/japan", "")).toBe("/countries/japan");
    expect(pageCacheKey("/countries/japan", "utm_source=whatsapp&utm_medium=share")).toBe("/countries/japan");
    expect(pageCacheKey("/embed/petition", "origin=https%3A%2F%2Fpartner.org&utm_source=x")).toBe("/embed/petition");
  });

  it("keeps nothing for any other query, which the page may answer differently", () => {
    expect(pageCacheKey("/donate", "cancelled=1")).toBeUndefined();
    expect(pageCacheKey("/countries/japan", "utm_source=x&session_id=cs_1")).toBeUndefined();
    expect(pageCacheKey("/countries/japan", "utm")).toBeUndefined();
  });
});
