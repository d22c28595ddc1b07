import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { fill } from "../lib/text/fill";
import { en } from "../lib/i18n/messages/en";
import { my } from "../lib/i18n/messages/my";
import type { TFakeCheckoutSession } from "../lib/testing/fake-stripe";
import { E2E_STRIPE_BASE } from "../playwright.config";
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
  // A title quoted from a page someone saw is marked as its own language; a page nobody saw is named in
  // Burmese by its site, with the note that says so, never as a quoted headline.
  const items = await page.getByTestId("evidence-item").all();
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) {
    if ((await item.locator("h3").getAttribute("lang")) === "en") continue;
    await expect(item.locator("p.note").first()).toHaveText(my.evidence.notSeen);
  }
});

test("the about, donate, privacy and my-data pages are in Burmese, with hreflang alternates, and pass axe", async ({
  page,
}) => {
  const pages = [
    ["/about", my.about.title],
    ["/donate", my.donate.heading],
    ["/privacy", my.privacy.heading],
    ["/privacy/my-data", my.myData.title],
  ];
  for (const [path, heading] of pages) {
    await expectBurmesePage(page, `/my${path}`, path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expect(page.getByTestId("english-only")).toHaveCount(0);
  }
  // A refusal named in the address is said in the page's language.
  await page.goto("/my/privacy/my-data?error=RateLimited");
  await expect(page.locator(".form-error")).toHaveText(my.myData.refusals.RateLimited);
  // Links between pages stay in Burmese.
  await page.goto("/my/privacy");
  await expect(page.getByRole("link", { name: my.privacy.rightsLink })).toHaveAttribute("href", "/my/privacy/my-data");
});

test("give in Burmese: Stripe's checkout sends the donor back to the Burmese pages", async ({ page, request }) => {
  await page.goto("/my/donate");
  // The Gift Aid declaration a gift records is the English one: it stands beside its translation.
  await expect(page.getByTestId("gift-aid-of-record").locator('[lang="en-GB"]')).toHaveText(
    en.donate.form.giftAidDeclaration,
  );
  await page.getByLabel(my.donate.form.monthly).check();
  await page.getByLabel("£10", { exact: true }).check();
  await page.getByRole("button", { name: my.donate.form.submit }).click();
  await page.waitForURL(`${E2E_STRIPE_BASE}/pay/*`);
  const sessions: TFakeCheckoutSession[] = await (await request.get(`${E2E_STRIPE_BASE}/__sessions`)).json();
  const session = sessions.find((s) => page.url().endsWith(s.id))!;
  expect(new URL(session.params.success_url).pathname).toBe("/my/donate/thanks");
  expect(new URL(session.params.cancel_url).pathname).toBe("/my/donate");

  await page.goto(session.params.cancel_url);
  await expect(page.getByTestId("donate-cancelled")).toHaveText(my.donate.cancelled);
  await page.goto(session.params.success_url.replace("{CHECKOUT_SESSION_ID}", session.id));
  await expect(page.locator("html")).toHaveAttribute("lang", "my");
  await expect(page.getByTestId("donation-state")).toHaveText(my.donate.thanks.pending);
  expect(await burmeseShare(page)).toBeGreaterThan(0.5);
  await expect(page.getByRole("link", { name: my.donate.thanks.checkAgain })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/my/donate/thanks");
  await expect(page.getByTestId("donation-state")).toHaveText(my.donate.thanks.notFound);
  await expectNoAxeViolations(page);
});

test("ask for my data in Burmese: the answer, and the emailed link's page, are in Burmese", async ({
  page,
  request,
}) => {
  const email = `my-sar-${randomUUID().slice(0, 8)}@example.org`;
  const signed = await request.post("/api/petition/sign", {
    data: Buffer.from(JSON.stringify({ firstName: "Hla", lastName: "Myint", email, country: "GB" })),
    headers: { "content-type": "application/json", "x-forwarded-for": "198.51.100.77" },
  });
  expect(signed.status()).toBe(202);
  await waitForMail(email);

  await page.goto("/my/privacy/my-data");
  await page.getByLabel(my.myData.emailLabel).fill(email);
  await page.getByRole("button", { name: my.myData.submit }).click();
  await expect(page).toHaveURL(/\/my\/privacy\/my-data\?sent=1$/);
  await expect(page.getByTestId("my-data-sent")).toHaveText(my.myData.sent);

  const mail = (await waitForMail(email, 2)).find((m) => m.subject.endsWith("Your link to see the data we hold"))!;
  // Asked from the Burmese page: the email is in Burmese first and its link opens the Burmese page.
  expect(mail.subject.startsWith("ကျွန်ုပ်တို့ ကိုင်ထားသော")).toBe(true);
  const link = /https?:\/\/\S+\/privacy\/my-data\/[A-Za-z0-9_-]+/.exec(mail.text)![0];
  expect(new URL(link).pathname).toMatch(/^\/my\/privacy\/my-data\//);
  await page.goto(new URL(link).pathname);
  await expect(page.locator("html")).toHaveAttribute("lang", "my");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fill(my.myData.shownHeading, { email }));
  await expect(page.getByTestId("my-signatures").getByRole("heading", { level: 2 })).toHaveText(my.myData.signatures);
  await expectNoAxeViolations(page);

  await page.goto("/my/privacy/my-data/not-a-real-link");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(my.myData.invalidHeading);
  await expect(page.getByRole("link", { name: my.myData.askNew })).toHaveAttribute("href", "/my/privacy/my-data");
});

test("stop updates in Burmese: the button's answer is the Burmese page", async ({ page }) => {
  await page.goto(`/my/unsubscribe/${randomUUID().replaceAll("-", "")}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(my.unsubscribe.title);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: my.unsubscribe.button }).click();
  await expect(page).toHaveURL(/\/my\/unsubscribed$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "my");
  await expect(page.getByTestId("unsubscribed")).toHaveText(my.unsubscribe.done);
  expect(await burmeseShare(page)).toBeGreaterThan(0.5);
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
  await form.getByLabel(my.sign.country, { exact: true }).selectOption("GB");
  await form.getByLabel(my.sign.postcode).fill("SW1A 1AA");
  await form.getByRole("button", { name: my.sign.submit }).click();
  await expect(page.getByTestId("sign-result")).toContainText(my.sign.received);

  const [mail] = await waitForMail(email);
  // Said in Burmese first, then in English, from the subject on.
  expect(mail.subject).toBe("သင့်လက်မှတ်ကို အတည်ပြုပေးပါ / Please confirm your signature");
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

test("a refused signature is told why in Burmese, next to each field", async ({ page }) => {
  await page.goto("/my/petition");
  const form = page.getByTestId("sign-form");
  await form.getByLabel(my.sign.lastName).fill("ဝင်း");
  await form.getByLabel(my.sign.email).fill("not-an-address");
  await form.getByRole("button", { name: my.sign.submit }).click();
  await expect(page.getByTestId("sign-error")).toHaveText(my.reasons.checkDetails);
  await expect(form.getByText(my.reasons.firstNameMissing)).toBeVisible();
  await expect(form.getByText(my.reasons.emailInvalidExample)).toBeVisible();
  // What was typed is kept.
  await expect(form.getByLabel(my.sign.lastName)).toHaveValue("ဝင်း");
  await expectNoAxeViolations(page);
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

  for (const path of ["/my", "/my/countries/japan", "/my/petition", "/my/donate", "/my/privacy"]) {
    test(`${path} has no horizontal overflow`, async ({ page }) => {
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(320);
    });
  }
});
