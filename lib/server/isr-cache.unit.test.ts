import { describe, expect, it } from "vitest";
import IsrCache from "./isr-cache.js";

// Without a Redis client offered by the server layer (as here, and in `next build`), the cache is
// this process's memory. The shared case runs in the fault suite (R6, R8), across real instances.
const page = (tags: string) => ({ kind: "APP_PAGE", html: "<p>hi</p>", headers: { "x-next-cache-tags": tags } });
const context = { serverDistDir: "/nonexistent/.next/server", dev: false };
const make = () => new IsrCache(context as never);
const none = { softTags: [] } as never;

describe("ISR cache (Next's page cache; memory without Redis)", () => {
  it("starts empty, so nothing rendered at build time is ever served", async () => {
    expect(await make().get("/route-cache/APP_PAGE/never-set", none)).toBeNull();
  });

  it("keeps what a render stored, with when it was stored", async () => {
    await make().set(
      "k-keep",
      page("_N_T_/layout,_N_T_/about") as never,
      { cacheControl: { revalidate: 300, expire: undefined } } as never,
    );
    const hit = await make().get("k-keep", none); // another handler: Next makes one per request
    expect((hit?.value as { html?: string })?.html).toBe("<p>hi</p>");
    expect(hit?.lastModified).toBeGreaterThan(0);
  });

  it("revalidatePath's tags drop the pages that carry them, and only those", async () => {
    const cache = make();
    await cache.set("k-home", page("_N_T_/layout,_N_T_/page,_N_T_/") as never, {});
    await cache.set("k-japan", page("_N_T_/layout,_N_T_/countries/japan") as never, {});
    await cache.revalidateTag(["_N_T_/"]);
    expect(await cache.get("k-home", none)).toBeNull();
    expect(await cache.get("k-japan", none)).not.toBeNull();
    await cache.revalidateTag("_N_T_/layout");
    expect(await cache.get("k-japan", none)).toBeNull();
  });

  it("holds at most 500 entries, dropping the least recently used", async () => {
    const cache = make();
    for (let i = 0; i < 500; i++) await cache.set(`k-many-${i}`, page("t") as never, {});
    await cache.get("k-many-0", none); // used: now the newest
    await cache.set("k-many-500", page("t") as never, {});
    expect(await cache.get("k-many-0", none)).not.toBeNull();
    expect(await cache.get("k-many-1", none)).toBeNull();
  });
});
