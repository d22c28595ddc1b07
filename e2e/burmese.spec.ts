import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { my } from "../lib/i18n/messages/my";
import { expectNoAxeViolations } from "./axe";
import { linkIn, waitForMail } from "./mailbox";

test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}` });
});

/**
 * Of the letters and marks a reader sees (digits, spaces and punctuation aside), the share in Myanmar
 * script. innerText leaves out what is not drawn (a closed <details>); a drop-down's closed list of
 * options is set aside too.
 */
async function burmeseShare(page: Page): Promise<number> {
  const text = await page.evaluate(() => {
    const selects = [...document.querySelectorAll("select")];
    for (const s of selects) s.style.display = "none";
    const seen = document.body.innerText;
    for (const s of selects) s.style.display = "";
    return seen;
  });
  const letters = [...text].filter((c) => /\p{L}|\p{M}/u.test(c));
  return letters.filter((c) => c >= "\u1000" && c <= "\u109f").length / letters.length;
}

async function expectBurmesePage(page: Page, path: string, englishPath: string) {
  await page.goto(path);
  await expect(page.locator("html")).toHaveAttribute("lang", "my");
  expect(await burmeseShare(page)).toBeGreaterThan(0.5);
  const alternates = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) =>
      Object.fromEntries(links.map((l) => [l.getAttribute("hreflang"), new URL(l.getAttribute("href")!).pathname])),
    );
  expect(alternates).toEqual({ "en-GB": englishPath, my: path, "x-default": englishPath });
  await expectNoAxeViolations(page);
}

test("the home and Japan pages are in Burmese under /my/, with hreflang alternates, and pass axe", async ({ page }) => {
  await expectBurmesePage(page, "/my", "/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/[\u1000-\u109f]/);
  await expectBurmesePage(page, "/my/countries/japan", "/countries/japan");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ဂျပန်");
  // The letters stay in English for the embassy's readers, with a Burmese explanation beside them.
  await expect(page.getByTestId("letters-note")).toContainText("အင်္ဂလိပ်ဘာသာ");
  // Evidence titles are quoted from their sources, in their own language.
  await expect(page.getByTestId("evidence-item").first().locator("h3")).toHaveAttribute("lang", "en");
});

test("the composer on /my/countries/japan says its own words in Burmese around the English letter", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/my/countries/japan");
  const composer = page.getByTestId("composer");
  await expect(composer.getByRole("group", { name: my.composer.aboutYou })).toBeVisible();
  // Every label, legend, heading, summary and button it draws (what stays English is marked so).
  const words = await composer.evaluate((root) =>
    [...root.querySelectorAll<HTMLElement>("legend, label, summary, h3, h4, button")]
      .filter((el) => !el.closest('[lang="en-GB"]'))
      .map((el) => el.innerText.trim()),
  );
  expect(words.length).toBeGreaterThan(10);
  for (const text of words) expect(text, text).toMatch(/[\u1000-\u109f]/);
  // The letter itself stays English, for the embassy's readers in London.
  const body = composer.getByLabel(my.composer.message);
  await expect(body).toHaveAttribute("lang", "en-GB");
  await expect(body).toHaveValue(/^[^\u1000-\u109f]*Japan[^\u1000-\u109f]*$/);

  await composer.getByTestId("channel-copy").getByRole("button", { name: my.composer.copyBoth }).click();
  await expect(composer.getByTestId("channel-copy").getByRole("status")).toHaveText(my.composer.copied);
  await expect(page.getByTestId("thank-you").getByRole("heading")).toHaveText(my.composer.thanksHeading);
  await expect(page.getByTestId("written-count")).toHaveText(/^ဤဝက်ဘ်ဆိုက်မှ Embassy of Japan.* [၀-၉]+ ကြိမ်/);
  await expectNoAxeViolations(page);
});

test("the English pages stay English, with the same alternates", async ({ page }) => {
  await page.goto("/countries/japan");
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  expect(await burmeseShare(page)).toBeLessThan(0.05);
  await expect(page.locator('link[rel="alternate"][hreflang="my"]')).toHaveAttribute("href", /\/my\/countries\/japan$/);
});

test("a made-up country under /my/ is answered 404", async ({ request }) => {
  expect((await request.get("/my/countries/atlantis")).status()).toBe(404);
  expect((await request.get("/my/countries/japan")).status()).toBe(200);
});

test("sign in Burmese: form → email → confirm page in Burmese → confirmed", async ({ page }) => {
  const email = `my-signer-${randomUUID().slice(0, 8)}@example.org`;
  await page.goto("/my/petition");
  const form = page.getByTestId("sign-form");
  await form.getByLabel(my.sign.firstName).fill("သီတာ");
  await form.getByLabel(my.sign.lastName).fill("ဝင်း");
  await form.getByLabel(my.sign.email).fill(email);
  await form.getByLabel(my.sign.country).selectOption("GB");
  await form.getByLabel(my.sign.postcode).fill("SW1A 1AA");
  await form.getByRole("button", { name: my.sign.submit }).click();
  await expect(page.getByTestId("sign-result")).toContainText(my.sign.received);

  const [mail] = await waitForMail(email);
  // Said in Burmese first, then in English.
  expect(mail.text.indexOf("မင်္ဂလာပါ သီတာ၊")).toBe(0);
  expect(mail.text).toContain("Hello သီတာ,");
  const confirm = linkIn(mail, "confirm");
  expect(new URL(confirm).pathname).toMatch(/^\/my\/petition\/confirm\//);
  await page.goto(confirm);
  await expect(page.locator("html")).toHaveAttribute("lang", "my");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(my.confirm.title);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: my.confirm.button }).click();
  await expect(page).toHaveURL(/\/my\/petition\/confirmed$/);
  await expect(page.getByTestId("confirmed")).toHaveText(my.confirm.confirmedBody);
  await expect(page.locator("html")).toHaveAttribute("lang", "my");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the language switch is a plain link to the same page in the other language", async ({ page }) => {
    await page.goto("/countries/japan");
    await page.locator('.language-switch a[hreflang="my"]').click();
    await expect(page).toHaveURL(/\/my\/countries\/japan$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "my");
    await page.locator('.language-switch a[hreflang="en-GB"]').click();
    await expect(page).toHaveURL(/\/countries\/japan$/);
    await expect(page).not.toHaveURL(/\/my\//);
    await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  });
});

test.describe("on a 320 px phone", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const path of ["/my", "/my/countries/japan", "/my/petition"]) {
    test(`${path} has no horizontal overflow`, async ({ page }) => {
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(320);
    });
  }
});
