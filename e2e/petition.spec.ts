import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { E2E_PARTNER_ORIGIN } from "../playwright.config";
import { expectNoAxeViolations } from "./axe";
import { linkIn, waitForMail } from "./mailbox";

// Every test signs from its own (claimed) client address, so the per-address rate limit of the
// app's real configuration never trips across tests.
test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `192.0.2.${Math.floor(Math.random() * 250) + 1}` });
});

const uniqueEmail = () => `signer-${randomUUID().slice(0, 8)}@example.org`;

async function confirmedCount(request: APIRequestContext): Promise<number> {
  return (await (await request.get("/api/public/counts")).json()).confirmed;
}

/** Signs on `path` and gives back the whole answer the page shows (its HTML). */
async function signAndReadAnswer(page: Page, path: string, email: string): Promise<string> {
  await page.goto(path);
  await fillAndSign(page, email);
  const result = page.getByTestId("sign-result");
  await expect(result).toBeVisible();
  return result.innerHTML();
}

async function fillAndSign(page: Page, email: string, extra: { firstName?: string; postcode?: string } = {}) {
  const form = page.getByTestId("sign-form");
  await form.getByLabel("First name").fill(extra.firstName ?? "Thandar");
  await form.getByLabel("Last name").fill("Win");
  await form.getByLabel("Email address").fill(email);
  await form.getByLabel("Country", { exact: true }).selectOption("GB");
  await form.getByLabel("Postcode (optional)").fill(extra.postcode ?? "SW1A 1AA");
  await form.getByRole("button", { name: "Sign the petition" }).click();
}

test("sign → email arrives → the link's page confirms nothing → the button confirms → count +1 → remove", async ({
  page,
  request,
}) => {
  const before = await confirmedCount(request);
  const email = uniqueEmail();
  await page.goto("/petition");
  await fillAndSign(page, email);
  await expect(page.getByTestId("sign-result")).toContainText("Please check your email");

  const [mail] = await waitForMail(email);
  expect(mail.subject).toBe("Please confirm your signature");
  await page.goto(linkIn(mail, "confirm"));
  await expect(page.getByRole("button", { name: "Confirm my signature" })).toBeVisible();
  await expectNoAxeViolations(page);
  // Opening the link confirmed nothing: opened again, it still offers the button (a confirmed
  // signature's link says "already confirmed").
  await page.goto(linkIn(mail, "confirm"));
  await expect(page.getByRole("button", { name: "Confirm my signature" })).toBeVisible();

  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page.getByTestId("confirmed")).toBeVisible();
  await expect.poll(() => confirmedCount(request), { timeout: 15_000, intervals: [1000] }).toBe(before + 1);
  await page.goto(linkIn(mail, "confirm"));
  await expect(page.getByTestId("confirm-state")).toContainText("already confirmed");

  // Signing again answers exactly as signing the first time: the page never says who had signed.
  const firstAnswer = await signAndReadAnswer(page, "/petition", uniqueEmail());
  expect(await signAndReadAnswer(page, "/petition", email.toUpperCase())).toBe(firstAnswer);

  await page.goto(linkIn(mail, "remove"));
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Remove my signature" }).click();
  await expect(page.getByTestId("removed")).toBeVisible();
  await expect.poll(() => confirmedCount(request), { timeout: 15_000, intervals: [1000] }).toBe(before);
  await page.goto(linkIn(mail, "remove"));
  await expect(page.getByTestId("remove-state")).toContainText("do not recognise");
});

test("signing again before confirming answers exactly as a first signature does", async ({ page }) => {
  const email = uniqueEmail();
  const first = await signAndReadAnswer(page, "/countries/japan", email);
  await waitForMail(email);
  expect(await signAndReadAnswer(page, "/countries/japan", email)).toBe(first);
  expect(first).toContain("Please check your email");
});

test("the hand-in box is unticked until the signer ticks it, and says what it means", async ({ page }) => {
  await page.goto("/petition");
  const box = page
    .getByTestId("sign-form")
    .getByLabel("Add my name to the list we hand to the governments", { exact: false });
  await expect(box).not.toBeChecked();
  await expect(page.getByTestId("sign-form")).toContainText("the names only of those who tick the box");
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the form still signs, and a mistake keeps what was typed", async ({ page }) => {
    const email = uniqueEmail();
    await page.goto("/petition");
    const form = page.getByTestId("sign-form");
    await form.getByLabel("First name").fill("=cmd|' /C calc'!A0");
    await form.getByLabel("Last name").fill("<b>Win</b>");
    await form.getByLabel("Email address").fill(email);
    await form.getByLabel("Postcode (optional)").fill("SW1A 1AA");
    await form.getByRole("button", { name: "Sign the petition" }).click();
    await expect(page.getByTestId("sign-error")).toContainText("Please check the highlighted details");
    await expect(page.getByText("Your first name cannot start with =, +, - or @.")).toBeVisible();
    await expect(page.getByTestId("sign-form").getByLabel("Last name")).toHaveValue("<b>Win</b>");
    await expect(page.getByTestId("sign-form").getByLabel("Email address")).toHaveValue(email);
    await expect(page.locator("main b")).toHaveCount(0);

    await page.getByTestId("sign-form").getByLabel("First name").fill("Aye");
    await page.getByTestId("sign-form").getByRole("button", { name: "Sign the petition" }).click();
    await expect(page.getByTestId("sign-result")).toContainText("Please check your email");
    await waitForMail(email);
  });
});

test("the JSON endpoint signs like the form, answers partners' CORS, and refuses other sites", async ({ request }) => {
  const email = uniqueEmail();
  const body = { firstName: "Partner", lastName: "Signer", email, country: "FR", sourcePath: "/embed" };
  const headers = { "content-type": "application/json", "x-forwarded-for": "198.51.100.200" };
  const first = await request.post("/api/petition/sign", { data: Buffer.from(JSON.stringify(body)), headers });
  expect(first.status()).toBe(202);
  expect((await first.json()).status).toBe("received");
  const again = await request.post("/api/petition/sign", { data: Buffer.from(JSON.stringify(body)), headers });
  expect(again.status()).toBe(202);
  expect(await again.text()).toBe(await first.text());

  const bad = await request.post("/api/petition/sign", {
    data: Buffer.from(JSON.stringify({ ...body, email: "nope", country: "ZZ" })),
    headers,
  });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.fields).toMatchObject({
    email: expect.stringContaining("valid email"),
    country: expect.any(String),
  });

  const preflight = await request.fetch("/api/petition/sign", {
    method: "OPTIONS",
    headers: { origin: E2E_PARTNER_ORIGIN, "access-control-request-method": "POST" },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-origin"]).toBe(E2E_PARTNER_ORIGIN);
  const partner = await request.post("/api/petition/sign", {
    data: Buffer.from(JSON.stringify({ ...body, email: uniqueEmail() })),
    headers: { ...headers, origin: E2E_PARTNER_ORIGIN },
  });
  expect(partner.status()).toBe(202);
  expect(partner.headers()["access-control-allow-origin"]).toBe(E2E_PARTNER_ORIGIN);
  const stranger = await request.post("/api/petition/sign", {
    data: Buffer.from(JSON.stringify({ ...body, email: uniqueEmail() })),
    headers: { ...headers, origin: "https://stranger.example" },
  });
  expect(stranger.status()).toBe(403);
  expect(stranger.headers()["access-control-allow-origin"]).toBeUndefined();

  const counts = await request.get("/api/public/counts", { headers: { origin: "https://anyone.example" } });
  expect(counts.headers()["access-control-allow-origin"]).toBe("*");
  expect(counts.headers()["cache-control"]).toContain("max-age=5");
  expect(await counts.json()).toMatchObject({ confirmed: expect.any(Number), goal: 1000 });
});

test("axe finds nothing on the petition page, its progress bar and its error state", async ({ page }) => {
  await page.goto("/petition");
  await expect(page.getByTestId("petition-progress")).toBeVisible();
  await expectNoAxeViolations(page);
  await fillAndSign(page, "not-an-email", { firstName: "+44" });
  await expect(page.getByTestId("sign-error")).toBeVisible();
  await expect(page.getByTestId("sign-form").getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
});
