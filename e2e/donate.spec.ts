import { expect, test } from "@playwright/test";
import { E2E_STRIPE_BASE, E2E_WEBHOOK_SECRET } from "../playwright.config";
import type { TFakeCheckoutSession } from "../lib/testing/fake-stripe";
import { paidMonthlySession, newIds, signEvent, stripeEvent } from "../lib/testing/stripe-events";
import { expectNoAxeViolations } from "./axe";
import { waitForMail } from "./mailbox";

test("axe finds nothing on /donate, nor on its error state", async ({ page }) => {
  await page.goto("/donate");
  await expect(page.getByTestId("donate-form")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Another amount").check();
  await page.getByLabel(/Your amount in pounds/).fill("1.50");
  await page.getByRole("button", { name: "Continue to secure payment" }).click();
  await expect(page.getByText("Please give between £2 and £10,000.")).toBeVisible();
  await expect(page.getByLabel(/Your amount in pounds/)).toHaveValue("1.50");
  await expectNoAxeViolations(page);
});

test("monthly £10 → (fake) Stripe checkout → completion webhook → thank-you page shows the gift confirmed", async ({
  page,
  request,
}) => {
  await page.goto("/donate");
  await page.getByLabel("Every month").check();
  await page.getByLabel("£10", { exact: true }).check();
  await page.getByLabel(/I want to Gift Aid my donation/).check();
  await page.getByLabel("First name").fill("Ann");
  await page.getByLabel("Last name").fill("Lee");
  await page.getByLabel("House name or number").fill("1");
  await page.getByLabel("Postcode").fill("LS1 1AA");
  await page.getByRole("button", { name: "Continue to secure payment" }).click();
  await page.waitForURL(`${E2E_STRIPE_BASE}/pay/*`);
  await expect(page.getByRole("heading", { name: "Fake Stripe page" })).toBeVisible();

  const sessions: TFakeCheckoutSession[] = await (await request.get(`${E2E_STRIPE_BASE}/__sessions`)).json();
  const session = sessions.find((s) => page.url().endsWith(s.id))!;
  expect(session.params).toMatchObject({
    mode: "subscription",
    "line_items[0][price_data][unit_amount]": "1000",
    "line_items[0][price_data][recurring][interval]": "month",
  });
  const donationId = session.params["metadata[donation_id]"];
  const thanks = session.params.success_url.replace("{CHECKOUT_SESSION_ID}", session.id);

  // Back from Stripe before its webhook: the page says it is confirming, and records nothing.
  await page.goto(thanks);
  await expect(page.getByTestId("donation-state")).toContainText("we are confirming your gift");

  const ids = newIds();
  const event = stripeEvent(
    "checkout.session.completed",
    paidMonthlySession({ id: session.id, donationId, amount: 1000, ids, email: "ann@example.org", name: "Ann Lee" }),
    Math.floor(Date.now() / 1000),
  );
  const { payload, signature } = signEvent(event, E2E_WEBHOOK_SECRET);
  const tampered = await request.post("/api/stripe/webhook", {
    data: Buffer.from(payload.replace("1000", "1")),
    headers: { "stripe-signature": signature, "content-type": "application/json" },
  });
  expect(tampered.status()).toBe(400);
  const delivered = await request.post("/api/stripe/webhook", {
    data: Buffer.from(payload),
    headers: { "stripe-signature": signature, "content-type": "application/json" },
  });
  expect(delivered.status()).toBe(200);
  const replayed = await request.post("/api/stripe/webhook", {
    data: Buffer.from(payload),
    headers: { "stripe-signature": signature, "content-type": "application/json" },
  });
  expect(await replayed.json()).toMatchObject({ result: "duplicate" });

  await page.goto(thanks);
  await expect(page.getByTestId("donation-state")).toContainText("Your monthly gift of £10 is confirmed");
  // Share links follow the gift: the campaign's home page, never a word about the gift.
  const whatsapp = page.getByTestId("share-links").locator('a[data-network="whatsapp"]');
  await expect(whatsapp).toHaveAttribute("href", /%2F%3Futm_source%3Dwhatsapp%26utm_medium%3Dshare$/);
  await expect(whatsapp).not.toHaveAttribute("href", /gift|%C2%A3|donat/i);
  await expectNoAxeViolations(page);

  // The receipt's "manage" link opens Stripe's customer portal for this donor only.
  const [receipt] = await waitForMail("ann@example.org");
  expect(receipt.subject).toBe("Thank you for your gift");
  const manage = /https?:\/\/\S+\/donate\/manage\/[A-Za-z0-9_-]+/.exec(receipt.text)![0];
  await page.goto(manage);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Manage my monthly gift" }).click();
  await page.waitForURL(`${E2E_STRIPE_BASE}/portal/${ids.customer}`);
  await page.goto(manage.replace(/[A-Za-z0-9_-]+$/, "x".repeat(43)));
  await page.getByRole("button", { name: "Manage my monthly gift" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("We do not recognise this link");
});

test("leaving Stripe's page comes back to /donate saying nothing was charged", async ({ page }) => {
  await page.goto("/donate?cancelled=1");
  await expect(page.getByTestId("donate-cancelled")).toContainText("nothing was charged");
});
