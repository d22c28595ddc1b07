import { describe, expect, it } from "vitest";
import IsrCache from "./isr-cache.js";

const page = (tags: string) => ({ kind: "APP_PAGE", html: "<p>hi</p>", headers: { "x-next-cache-tags": tags } });

describe("ISR cache (Next's page cache, in memory)", () => {
  it("starts empty, so nothing rendered at build time is ever served", async () => {
    expect(await new IsrCache().get("/route-cache/APP_PAGE/never-set")).toBeNull();
  });

  it("keeps what a render stored, with when it was stored", async () => {
    const cache = new IsrCache();
    await cache.set("k-keep", page("_N_T_/layout,_N_T_/about"), { cacheControl: { revalidate: 300 } });
    const hit = await new IsrCache().get("k-keep"); // another instance: Next makes one per request
    expect(hit?.value.html).toBe("<p>hi</p>");
    expect(hit?.lastModified).toBeGreaterThan(0);
  });

  it("revalidatePath's tags drop the pages that carry them, and only those", async () => {
    const cache = new IsrCache();
    await cache.set("k-home", page("_N_T_/layout,_N_T_/page,_N_T_/"), {});
    await cache.set("k-japan", page("_N_T_/layout,_N_T_/countries/japan"), {});
    await cache.revalidateTag(["_N_T_/"]);
    expect(await cache.get("k-home")).toBeNull();
    expect(await cache.get("k-japan")).not.toBeNull();
    await cache.revalidateTag("_N_T_/layout");
    expect(await cache.get("k-japan")).toBeNull();
  });

  it("holds at most 500 entries, dropping the least recently used", async () => {
    const cache = new IsrCache();
    for (let i = 0; i < 500; i++) await cache.set(`k-many-${i}`, page("t"), {});
    await cache.get("k-many-0"); // used: now the newest
    await cache.set("k-many-500", page("t"), {});
    expect(await cache.get("k-many-0")).not.toBeNull();
    expect(await cache.get("k-many-1")).toBeNull();
  });
});
