import { expect, test } from "@playwright/test";
import { seed } from "./data";

test("about names the briefing and links every 'more information' source", async ({ page }) => {
  await page.goto("/about");
  await expect(page.locator("main")).toContainText("Burma Campaign UK");
  await expect(page.locator("main")).toContainText("Burma Briefing No. 54");
  await expect(page.locator("main")).toContainText("March 2021");
  for (const link of seed.campaign.moreInformation) {
    await expect(page.locator(`a[href="${link.url}"]`)).toBeVisible();
  }
});

test("privacy explains what is stored and why", async ({ page }) => {
  await page.goto("/privacy");
  for (const topic of ["sign the petition", "write to a government", "donate", "Your rights"]) {
    await expect(page.locator("main")).toContainText(topic);
  }
});
