import { expect, test } from "@playwright/test";
import { splitPostalAddress } from "../lib/campaign/postal-address";
import { expectNoAxeViolations } from "./axe";
import { seed } from "./data";

for (const country of seed.countries) {
  test(`${country.name}: evidence links exactly as cited, and the London mission flagged unverified`, async ({
    page,
  }) => {
    await page.goto(`/countries/${country.slug}`);
    await expect(page.getByRole("heading", { level: 1, name: country.name })).toBeVisible();
    const evidence = page.getByTestId("evidence-item");
    await expect(evidence).toHaveCount(country.evidence.length);
    for (const item of country.evidence) {
      await expect(page.locator(`a[href="${item.url.replace(/"/g, '\\"')}"]`).first()).toBeVisible();
    }
    for (const contact of country.contacts) {
      const card = page.getByTestId("contact").filter({ hasText: contact.name });
      await expect(card).toBeVisible();
      await expect(card.getByTestId("unverified-flag")).toContainText("Not yet verified");
      // The address a letter goes to, and the research's notes on it beside it.
      const address = contact.address ? splitPostalAddress(contact.address) : null;
      if (address) for (const part of [address.postal, ...address.notes]) await expect(card).toContainText(part);
      for (const email of contact.emails) await expect(card.locator(`a[href="mailto:${email}"]`)).toBeVisible();
      for (const url of contact.sourceUrls) await expect(card.locator(`a[href="${url}"]`)).toHaveCount(1);
    }
  });
}

test("Australia says when and why it was removed, with its source", async ({ page }) => {
  await page.goto("/countries/australia");
  const removal = page.getByTestId("removal");
  await expect(removal).toContainText("taken off the list on 7 March 2021");
  await expect(removal).toContainText("suspended its bilateral defence cooperation programme");
  await expect(removal.locator('a[href^="https://www.smh.com.au/"]')).toBeVisible();
  // Said once, readably: not again as 2021-03-07.
  await expect(removal).not.toContainText("2021-03-07");
});

test("a country page dates the list as the briefing does, and Pakistan's says it is the exception", async ({
  page,
}) => {
  await page.goto("/countries/japan");
  await expect(page.locator("main")).toContainText("Burma Campaign UK's briefing of March 2021 named Japan among");
  await expect(page.locator("main")).toContainText("Named in Burma Campaign UK's briefing of March 2021");
  await expect(page.locator("main")).not.toContainText(/\bstill\b|On the list/);
  await expect(page.getByTestId("briefing-finding")).toContainText("except Pakistan");
  await page.goto("/countries/pakistan");
  await expect(page.getByTestId("briefing-finding")).toContainText("Pakistan is the exception it names");
});

test("the call button for a number the sources dispute says so beside it", async ({ page }) => {
  await page.goto("/countries/russia");
  await page.getByLabel("Your name", { exact: true }).fill("Anna");
  await page.getByLabel("Your town or postcode").fill("Leeds");
  const caution = page.getByTestId("phone-caution");
  await expect(caution).toContainText("Check this number before you rely on it.");
  await expect(caution).toContainText("must be checked");
});

test("an unknown country is a 404 page", async ({ page }) => {
  const response = await page.goto("/countries/atlantis");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

for (const path of ["/countries/japan", "/countries/australia", "/about", "/privacy", "/countries/atlantis"]) {
  test(`axe finds nothing on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}
