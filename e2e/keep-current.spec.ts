import { expect, test, type APIRequestContext } from "@playwright/test";
import { E2E_PLAIN_URL } from "../playwright.config";
import { signInAs } from "./admin-session";
import { expectNoAxeViolations } from "./axe";

// Organisers keep the campaign current without a rebuild: a country they add is served (here and on
// a second instance) within seconds, a dated update reaches the timeline and the home page, and a
// made-up country address is a 404 that writes nothing to the page cache.

/** How many distinct pages the server has written to its page cache (its metrics, read from loopback). */
async function pageCacheKeys(request: APIRequestContext): Promise<number> {
  const text = await (await request.get("/api/metrics")).text();
  return Number(/^page_cache_keys (\d+)$/m.exec(text)![1]);
}

const SERVED_WITHIN = 15_000;

test("a made-up country address is a plain 404 and adds nothing to the page cache", async ({ request }) => {
  // A real page, so the cache is in use, and the one 404 page every made-up address shares.
  await request.get("/countries/japan");
  expect((await request.get("/countries/warm-up-404")).status()).toBe(404);
  const before = await pageCacheKeys(request);
  expect(before).toBeGreaterThan(0);
  for (const slug of ["atlantis", "laos-2", "x".repeat(300), "%E2%80%AE", "japan%00"]) {
    const response = await request.get(`/countries/${slug}`);
    expect(response.status(), slug).toBe(404);
    // A client-side navigation's request for the same address is turned away too.
    const rsc = await request.get(`/countries/${slug}?_rsc=1`, { headers: { RSC: "1" } });
    expect(rsc.status(), `${slug} (RSC)`).toBe(404);
  }
  expect(await pageCacheKeys(request)).toBe(before);
});

test("a made-up language or first segment is a plain 404 and adds nothing to the page cache", async ({ request }) => {
  await request.get("/petition");
  expect((await request.get("/zz/petition")).status()).toBe(404);
  const before = await pageCacheKeys(request);
  for (const path of ["/xx", "/xx/petition", "/fr/countries/japan", "/en2/about", "/my2", "/MY/petition", "/%6Dy2/x"]) {
    expect((await request.get(path)).status(), path).toBe(404);
    expect((await request.get(`${path}?_rsc=1`, { headers: { RSC: "1" } })).status(), `${path} (RSC)`).toBe(404);
  }
  expect(await pageCacheKeys(request)).toBe(before);
});

test("an organiser adds a country with evidence, a contact and a letter: served at once, with a timeline", async ({
  page,
  context,
  baseURL,
  request,
}) => {
  await signInAs(context, baseURL!, "ORGANISER");
  await page.goto("/admin/content");
  const form = page.getByTestId("add-country");
  await form.getByLabel("Name").fill("Testland");
  await form.getByLabel(/Web address part/).fill("testland");
  await form.getByLabel(/ISO code/).fill("zz");
  await form.getByLabel(/Date it was added/).fill("2026-11-20");
  await form.getByLabel(/Why/).fill("Test entry: a country added in an end-to-end test.");
  await form.getByLabel(/Source/).fill("https://example.org/testland-source");
  await form.getByRole("button", { name: "Add country" }).click();
  await expect(form.getByRole("status")).toContainText("Testland added");

  await page.goto("/admin/content/testland");
  await expectNoAxeViolations(page);
  const evidence = page.getByTestId("add-evidence");
  await evidence.getByLabel(/^Title/).fill("Testland and Myanmar sign a test agreement");
  await evidence.getByLabel(/^Source/).fill("https://example.org/testland-agreement");
  await evidence.getByLabel(/^Date/).fill("2026-10");
  await evidence.getByLabel(/How exact/).selectOption("approx.");
  await evidence.getByRole("button", { name: "Add evidence" }).click();
  await expect(evidence.getByRole("status")).toContainText("Evidence added");

  const contact = page.getByTestId("add-contact");
  await contact.getByLabel("Name").fill("Embassy of Testland, London");
  await contact.getByLabel(/^Emails/).fill("embassy@testland.example");
  await contact.getByLabel(/^Sources/).fill("https://example.org/testland-embassy");
  await contact.getByRole("button", { name: "Add contact" }).click();
  await expect(contact.getByRole("status")).toContainText("not yet verified");

  const letter = page.getByTestId("add-letter");
  await letter.getByLabel("Subject").fill("{{country_name}}: a test letter");
  await letter.getByLabel("Letter").fill("Dear {{target_name}},\n\nA test letter.\n\nYours,\n{{supporter_name}}");
  await letter.getByRole("button", { name: "Add letter" }).click();
  await expect(letter.getByRole("status")).toContainText("Letter added");

  // Served by this instance and by a second one (its own process and caches), with no rebuild.
  for (const origin of [baseURL!, E2E_PLAIN_URL]) {
    await expect
      .poll(async () => (await request.get(`${origin}/countries/testland`)).status(), { timeout: SERVED_WITHIN })
      .toBe(200);
  }
  await page.goto("/countries/testland");
  await expect(page.getByTestId("added-since")).toContainText("not in Burma Campaign UK's briefing of March 2021");
  await expect(page.getByTestId("evidence-item")).toContainText("Testland and Myanmar sign a test agreement");
  await expect(page.getByTestId("evidence-item")).toContainText("October 2026 (approximate date)");
  await expect(page.getByLabel("Subject")).toHaveValue("Testland: a test letter");
  await expect(page.getByTestId("mailto-link")).toHaveAttribute("href", /^mailto:embassy@testland\.example\?/);
  await expect(page.getByTestId("timeline")).toContainText("Testland added to the list");
  await expect(page.getByTestId("timeline")).not.toContainText("Named in Burma Campaign UK's briefing");
  await expectNoAxeViolations(page);
  await page.goto("/");
  await expect(page.getByTestId("added-countries")).toContainText("Testland");
  await expect(page.getByTestId("listed-count")).toContainText("named 12 countries");
});

test("a dated update to Japan appears on Japan's timeline and on the home page", async ({ page, context, baseURL }) => {
  await signInAs(context, baseURL!, "ORGANISER");
  await page.goto("/admin/content/japan");
  const form = page.getByTestId("add-update");
  await form.getByLabel(/When it happened/).fill("2026-11-02");
  await form.getByLabel("Headline (what happened, in a sentence)").fill("Test update: a government's reply");
  await form.getByLabel(/^Summary/).fill("Added by an end-to-end test.");
  await form.getByLabel(/^Source/).fill("https://example.org/japan-reply");
  await form.getByRole("button", { name: "Add update" }).click();
  await expect(form.getByRole("status")).toContainText("Update added");

  await page.goto("/countries/japan");
  const timeline = page.getByTestId("timeline");
  await expect(timeline.locator("li").first()).toContainText("2 November 2026");
  await expect(timeline.locator("li").first()).toContainText("Test update: a government's reply");
  await expect(timeline.locator("li").last()).toContainText("Named in Burma Campaign UK's briefing");
  await expect(timeline.locator("li").last()).toContainText("March 2021");
  await page.goto("/");
  await expect(page.getByTestId("latest-updates")).toContainText("Test update: a government's reply");
  // Its own entry: other journeys (a hand-in's delivery) may add further updates to Japan.
  const entry = page.getByTestId("latest-updates").locator("li", { hasText: "Test update: a government's reply" });
  await expect(entry.getByRole("link", { name: "Japan", exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("Australia's timeline says when it was taken off the list, in words", async ({ page }) => {
  await page.goto("/countries/australia");
  const timeline = page.getByTestId("timeline");
  await expect(timeline).toContainText("Australia taken off the list");
  await expect(timeline).toContainText("7 March 2021");
  await expect(page.locator("body")).not.toContainText("2021-03-07");
});
