import { appUrls } from "./stack";
import { expect, test } from "./fixtures";

// R5: security headers on every page (and on API answers): a CSP whose scripts need no
// 'unsafe-inline', framing refused, HSTS (production), Referrer-Policy and nosniff. Chromium then
// loads each page under that policy and must report no violation: the hashes match what runs.
const PAGES = [
  "/",
  "/about",
  "/privacy",
  "/petition",
  "/petition/confirmed",
  "/petition/removed",
  "/donate",
  "/admin/sign-in",
  "/countries/japan",
  "/countries/india",
  "/countries/thailand",
  "/countries/russia",
  "/countries/china",
  "/countries/vietnam",
  "/countries/cambodia",
  "/countries/ukraine",
  "/countries/north-korea",
  "/countries/nepal",
  "/countries/pakistan",
  "/countries/belarus",
  "/countries/australia",
  // Arriving through a shared link: answered from the one-second cache with the page's own policy.
  "/countries/japan?utm_source=whatsapp&utm_medium=share",
  "/no-such-page",
];
const OTHER = ["/api/public/counts", "/api/health", "/map.svg", "/opengraph-image", "/sitemap.xml", "/robots.txt"];

function directives(policy: string | null): Map<string, string> {
  return new Map(
    (policy ?? "")
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values.join(" ")]),
  );
}

test("R5: every page carries the security headers, and its CSP allows exactly the scripts it runs", async ({
  page,
}) => {
  test.setTimeout(180_000);
  for (const path of [...PAGES, ...OTHER]) {
    for (const encoding of ["gzip", "identity"]) {
      const response = await fetch(`${appUrls[0]}${path}`, { headers: { "accept-encoding": encoding } });
      await response.arrayBuffer();
      const csp = directives(response.headers.get("content-security-policy"));
      const where = `${path} (${encoding})`;
      expect(csp.get("frame-ancestors"), where).toBe("'none'");
      if (PAGES.includes(path)) {
        expect(csp.get("script-src"), where).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
      } else {
        expect(csp.get("default-src"), where).toBe("'none'");
      }
      expect(response.headers.get("strict-transport-security"), where).toMatch(/max-age=(3153\d{4}|[4-9]\d{7})/);
      expect(response.headers.get("referrer-policy"), where).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("x-content-type-options"), where).toBe("nosniff");
      // A browser revalidating its copy gets the page again with its hashes, never a bare 304
      // whose headers it would copy onto the cached page.
      const etag = response.headers.get("etag");
      if (etag && PAGES.includes(path)) {
        const again = await fetch(`${appUrls[0]}${path}`, {
          headers: { "accept-encoding": encoding, "if-none-match": etag },
        });
        await again.arrayBuffer();
        expect(again.status === 200 || again.status === 404, where).toBe(true);
        expect(directives(again.headers.get("content-security-policy")).get("script-src"), where).toMatch(/'sha256-/);
      }
    }
  }

  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text()))
      violations.push(`${page.url()}: ${m.text().slice(0, 160)}`);
  });
  page.on("pageerror", (e) => violations.push(`${page.url()}: ${e.message.slice(0, 160)}`));
  // On the 404 page (the root's own document, outside the public pages' app/[lang] layout) one of
  // the router's link prefetches stays open, so the network never goes quiet there; its links still
  // navigate. Its scripts have run once it has loaded and hydrated.
  for (const path of PAGES)
    await page.goto(`${appUrls[1]}${path}`, { waitUntil: path === "/no-such-page" ? "load" : "networkidle" });
  expect(violations).toEqual([]);
  // The page's own scripts ran under the policy: the composer reacts to typing.
  await page.goto(`${appUrls[1]}/countries/vietnam`);
  // Typing before React has hydrated the composer changes only the field, so type until it answers.
  await expect(async () => {
    await page.getByLabel("Your name").fill(`Aung ${Date.now()}`);
    await expect(page.getByLabel("Message")).toHaveValue(/Aung \d+/, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
});
