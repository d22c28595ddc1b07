import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { fill } from "../lib/text/fill";
import { en } from "../lib/i18n/messages/en";
import { my } from "../lib/i18n/messages/my";
import { expectNoAxeViolations } from "./axe";

// A phone visitor arriving from a shared link: the header is one line, and the page's action and its
// count are in the first screen, with the evidence one tap away (components/ui/FirstAction.tsx).
const PHONES = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
];
const LANGS = [
  { prefix: "", t: en },
  { prefix: "/my", t: my },
];

test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}` });
});

async function expectFirstScreen(page: Page, action: string) {
  const header = page.locator(".site-header");
  expect((await header.boundingBox())!.height).toBeLessThan(64); // one line, not four
  const first = page.getByTestId("first-action");
  await expect(first.getByTestId("first-action-link")).toHaveText(action);
  await expect(first.getByTestId("first-action-link")).toBeInViewport({ ratio: 1 });
  await expect(first.locator("p").first()).toBeInViewport({ ratio: 1 }); // the count
  await expect(first.getByTestId("first-evidence-link")).toBeInViewport({ ratio: 1 });
}

for (const phone of PHONES) {
  for (const { prefix, t } of LANGS) {
    const name = `${phone.width}×${phone.height} ${prefix || "/"}`;
    test(`${name}: sign (home, petition) and write (country) in the first screen`, async ({ page }) => {
      await page.setViewportSize(phone);
      await page.goto(`${prefix}/`);
      await expectFirstScreen(page, t.petition.pageTitle);
      await expect(page.getByTestId("first-action").getByTestId("petition-progress")).toBeInViewport();
      await page.goto(`${prefix}/petition`);
      await expectFirstScreen(page, t.petition.pageTitle);
      await page.goto(`${prefix}/countries/japan`);
      const japan = prefix ? "ဂျပန်" : "Japan";
      await expectFirstScreen(page, fill(t.country.composeHeading, { name: japan }));
      await expect(page.getByTestId("action-count")).toBeInViewport();
      // One tap: the action's link lands on the composer, the evidence's on the evidence.
      await page.getByTestId("first-action-link").click();
      await expect(page.locator("#compose-heading")).toBeInViewport();
      if (phone.width === 320) await expectNoAxeViolations(page);
    });
  }
}

for (const { prefix, t } of LANGS) {
  test(`320×640 ${prefix || "/"}: after signing, the answer is in view and has the focus`, async ({ page }) => {
    await page.setViewportSize(PHONES[0]);
    await page.goto(`${prefix}/petition`);
    await expect(page).toHaveTitle(`${t.petition.pageTitle} · ${t.layout.brand}`);
    const form = page.getByTestId("sign-form");
    await form.getByLabel(t.sign.firstName).fill("Thandar");
    await form.getByLabel(t.sign.lastName).fill("Win");
    await form.getByLabel(t.sign.email).fill(`first-screen-${randomUUID().slice(0, 8)}@example.org`);
    await form.getByRole("button", { name: t.sign.submit }).click();
    const answer = page.getByTestId("sign-result");
    await expect(answer).toBeFocused();
    await expect(answer).toBeInViewport();
    await expectNoAxeViolations(page);
  });

  test(`320×640 ${prefix || "/"}: after writing, the thank-you is in view and has the focus`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.setViewportSize(PHONES[0]);
    await page.goto(`${prefix}/countries/japan`);
    // The last channel of all, the furthest from where the thank-you used to be.
    await page.getByTestId("channel-copy").getByRole("button", { name: t.composer.copyBoth }).click();
    const thanks = page.getByTestId("thank-you").locator("section");
    await expect(thanks).toBeFocused();
    await expect(thanks).toBeInViewport();
    await expect(thanks.getByRole("heading")).toHaveText(t.composer.thanksHeading);
    await expectNoAxeViolations(page);
  });
}

test("without JavaScript, the page answering a signature opens on the answer, focused", async ({ browser }) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: PHONES[0],
    extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}` },
  });
  const page = await context.newPage();
  await page.goto("/petition");
  const form = page.getByTestId("sign-form");
  await form.getByLabel(en.sign.firstName).fill("Thandar");
  await form.getByLabel(en.sign.lastName).fill("Win");
  await form.getByLabel(en.sign.email).fill(`first-screen-${randomUUID().slice(0, 8)}@example.org`);
  await form.getByRole("button", { name: en.sign.submit }).click();
  await expect(page.getByTestId("sign-result")).toBeFocused(); // its autofocus, on the server's page
  await expect(page.getByTestId("sign-result")).toBeInViewport();
  await context.close();
});

test("the phone menu opens without JavaScript and holds the way to every section", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONES[0] });
  const page = await context.newPage();
  await page.goto("/my");
  await expect(page).toHaveTitle(my.layout.brand);
  const nav = page.getByRole("navigation", { name: my.layout.mainNav });
  await expect(nav).toBeHidden();
  await expect(page.locator(".language-switch a")).toBeInViewport();
  await page.locator(".site-menu summary").click();
  await expect(nav.getByRole("link", { name: my.layout.petition, exact: true })).toBeInViewport();
  await nav.getByRole("link", { name: my.layout.donate }).click();
  await expect(page).toHaveURL(/\/my\/donate$/);
  await page.goto("/");
  await expect(page).toHaveTitle(en.layout.brand); // once, not twice
  await context.close();
});
