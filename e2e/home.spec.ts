import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { listedCountries } from "./data";

test("home shows the 12 listed countries in briefing order, Australia as removed, and the map", async ({
  page,
  request,
}) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByTestId("listed-count")).toContainText("briefing of March 2021 named 12 countries");
  await expect(page.getByTestId("briefing-context")).toContainText("With the exception of Pakistan");
  await expectNoAxeViolations(page);
  const links = page.getByTestId("listed-countries").getByRole("link");
  await expect(links).toHaveCount(12);
  const names = await links.locator(".name").allTextContents();
  expect(names).toEqual(listedCountries.map((c) => c.name));
  await expect(page.getByTestId("removed-countries")).toContainText("Australia");
  await expect(page.getByTestId("removed-countries")).toContainText("Removed from the list on 7 March 2021");

  const map = page.getByTestId("world-map");
  await expect(map).toHaveAttribute(
    "alt",
    /Japan, India, Thailand, Russia, China, Vietnam, Cambodia, Ukraine, North Korea, Nepal, Pakistan, Belarus/,
  );
  expect(await map.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  const svg = await (await request.get("/map.svg")).text();
  expect(svg.match(/data-kind="listed"/g)).toHaveLength(12);
  expect(svg.match(/data-kind="removed"/g)).toHaveLength(1);
  expect(svg).toContain("<title>Australia</title>");
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("home shows the map and the list without any script, and is accessible", async ({ page }) => {
    await page.goto("/");
    const map = page.getByRole("img", { name: /World map/ });
    await expect(map).toBeVisible();
    expect(await map.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await expect(page.getByRole("link", { name: "Japan" }).first()).toBeVisible();
  });
});

test("keyboard users can skip to the content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("health check answers 200 with the database reachable", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "reachable" });
});
