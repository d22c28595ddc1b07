import { gzipSync } from "node:zlib";
import { expect, test, type Page } from "@playwright/test";

// The first-load budget of every public page (issue 16), for every page in sitemap.xml, so a page
// or a language added later is held to it too: the JavaScript a first visit downloads is at most
// 150 kB gzip, and the page's largest contentful paint is something the server sent (it is there
// with JavaScript off), not something a script drew. Sizes, not times: this cannot flake with load.

const JS_BUDGET_BYTES = 150 * 1024;

async function sitemapPaths(page: Page): Promise<string[]> {
  const xml = await (await page.request.get("/sitemap.xml")).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

/** What the browser takes as the largest contentful paint: an image's address, or a text's first words. */
async function lcpElement(page: Page): Promise<{ tag: string; text: string; src: string }> {
  return page.evaluate(
    () =>
      new Promise<{ tag: string; text: string; src: string }>((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries() as (PerformanceEntry & { element: Element | null })[];
          const element = entries.at(-1)?.element;
          resolve({
            tag: element?.tagName.toLowerCase() ?? "",
            text: (element?.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 60),
            src: element?.getAttribute("src") ?? "",
          });
        }).observe({ type: "largest-contentful-paint", buffered: true });
      }),
  );
}

test("every public page stays within the first-load budget, its largest paint sent by the server", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const paths = await sitemapPaths(page);
  expect(paths.length).toBeGreaterThan(10);
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  for (const path of paths) {
    const scripts = new Map<string, number>();
    const collect = async (response: import("@playwright/test").Response) => {
      if (response.request().resourceType() !== "script") return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      scripts.set(response.url(), gzipSync(body).length);
    };
    page.on("response", collect);
    await page.goto(path, { waitUntil: "networkidle" });
    page.off("response", collect);
    const js = [...scripts.values()].reduce((a, b) => a + b, 0);
    expect(js, `${path}: ${(js / 1024).toFixed(1)} kB of JavaScript (gzip)`).toBeLessThanOrEqual(JS_BUDGET_BYTES);

    const lcp = await lcpElement(page);
    console.log(`${path}: ${(js / 1024).toFixed(1)} kB JS (gzip), largest paint <${lcp.tag}>`);
    expect(lcp.tag, `${path}: no largest contentful paint`).not.toBe("");
    await plain.goto(path);
    if (lcp.src) {
      await expect(plain.locator(`${lcp.tag}[src="${lcp.src}"]`).first(), `${path}: LCP image`).toBeAttached();
    } else {
      const served = (await plain.locator("body").textContent())?.replace(/\s+/g, " ") ?? "";
      expect(served, `${path}: LCP text`).toContain(lcp.text.slice(0, 40));
    }
  }
  await noScript.close();
});
