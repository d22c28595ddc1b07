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

/** The largest contentful paint on `page` and, with JavaScript off on `plain`, that it was sent by the server. */
async function checkPath(page: Page, plain: Page, path: string) {
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

// Pages are visited a few at a time, each in a browser context of its own (one first visit each, no
// cache shared): most of each visit is "networkidle"'s half second of quiet, time a test should not
// spend one page after another.
const AT_ONCE = 4;

test("every public page stays within the first-load budget, its largest paint sent by the server", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const paths = await sitemapPaths(page);
  expect(paths.length).toBeGreaterThan(10);
  const queue = [...paths];
  await Promise.all(
    Array.from({ length: AT_ONCE }, async () => {
      const withScript = await browser.newContext();
      const noScript = await browser.newContext({ javaScriptEnabled: false });
      const [visitor, plain] = [await withScript.newPage(), await noScript.newPage()];
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) await checkPath(visitor, plain, path);
      await Promise.all([withScript.close(), noScript.close()]);
    }),
  );
});
