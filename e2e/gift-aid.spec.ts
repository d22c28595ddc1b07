import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { createPrismaClient } from "../lib/db/client";
import { CURRENT_GIFT_AID_VERSION } from "../lib/i18n/gift-aid-declarations";
import { ukDate } from "../lib/donations/gift-aid-rules";
import type { TFakeCheckoutSession } from "../lib/testing/fake-stripe";
import { parseCsv } from "../lib/testing/parse-csv";
import { chargeObject, paidOneOffSession, newIds, signEvent, stripeEvent } from "../lib/testing/stripe-events";
import { E2E_STRIPE_BASE, E2E_WEBHOOK_SECRET } from "../playwright.config";
import { signInAs } from "./admin-session";
import { expectNoAxeViolations } from "./axe";

const tag = randomUUID().slice(0, 6);

async function deliver(request: APIRequestContext, type: string, object: object) {
  const { payload, signature } = signEvent(
    stripeEvent(type, object, Math.floor(Date.now() / 1000)),
    E2E_WEBHOOK_SECRET,
  );
  const response = await request.post("/api/stripe/webhook", {
    data: Buffer.from(payload),
    headers: { "stripe-signature": signature, "content-type": "application/json" },
  });
  expect(await response.json()).toMatchObject({ result: "applied" });
}

/** A one-off gift with Gift Aid through the donate form, paid as Stripe reports it (signed webhook). */
async function giveWithGiftAid(
  page: Page,
  request: APIRequestContext,
  amount: { label: string; minor: number },
  donor: { first: string; last: string; house: string },
) {
  await page.goto("/donate");
  // In English the declaration is the checkbox's own label: nothing is said twice.
  await expect(page.getByTestId("gift-aid-of-record")).toHaveCount(0);
  await page.getByLabel("Once").check();
  await page.getByLabel(amount.label, { exact: true }).check();
  await page.getByLabel(/I want to Gift Aid my donation/).check();
  await page.getByLabel(/^Title/).fill("Ms");
  await page.getByLabel("First name").fill(donor.first);
  await page.getByLabel("Last name").fill(donor.last);
  await page.getByLabel("House name or number").fill(donor.house);
  await page.getByLabel("Postcode").fill("ls1 1aa");
  await page.getByRole("button", { name: "Continue to secure payment" }).click();
  await page.waitForURL(`${E2E_STRIPE_BASE}/pay/*`);
  const sessions: TFakeCheckoutSession[] = await (await request.get(`${E2E_STRIPE_BASE}/__sessions`)).json();
  const session = sessions.find((s) => page.url().endsWith(s.id))!;
  const donationId = session.params["metadata[donation_id]"];
  const ids = newIds();
  await deliver(
    request,
    "checkout.session.completed",
    paidOneOffSession({
      id: session.id,
      donationId,
      amount: amount.minor,
      paymentIntent: ids.paymentIntent,
      customer: ids.customer,
      email: `${donor.first.toLowerCase()}-${tag}@example.org`,
      name: `${donor.first} ${donor.last}`,
    }),
  );
  return { donationId, paymentIntent: ids.paymentIntent };
}

/** A paid gift whose declaration has no house name or number, as an earlier form could leave it. */
async function insertGiftWithoutHouse(lastName: string) {
  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  try {
    const campaign = await db.campaign.findFirstOrThrow({ select: { id: true } });
    const now = new Date();
    const gift = await db.donation.create({
      data: {
        id: randomUUID(),
        campaignId: campaign.id,
        frequency: "ONE_OFF",
        amount: 500,
        currency: "gbp",
        status: "SUCCEEDED",
        completedAt: now,
        paidAt: now,
        donorEmail: `nohouse-${tag}@example.org`,
        giftAid: true,
        giftAidFirstName: "Min",
        giftAidLastName: lastName,
        giftAidPostcode: "LS1 1AA",
        giftAidDeclarationVersion: CURRENT_GIFT_AID_VERSION,
        giftAidDeclaredAt: now,
      },
    });
    return gift.id;
  } finally {
    await db.$disconnect();
  }
}

test("Gift Aid schedule: refunded and house-less gifts listed apart, and a second export of the period empty", async ({
  page,
  context,
  request,
  baseURL,
}) => {
  test.setTimeout(60_000); // two checkouts, a refund, sign-in, the list, a gift's page and two exports
  await context.setExtraHTTPHeaders({ "x-forwarded-for": "192.0.2.201" });
  const claimed = await giveWithGiftAid(
    page,
    request,
    { label: "£25", minor: 2500 },
    {
      first: "Thida",
      last: `Aung-Lee${tag}`,
      house: "12",
    },
  );
  const refunded = await giveWithGiftAid(
    page,
    request,
    { label: "£10", minor: 1000 },
    {
      first: "Ko",
      last: `Refunded${tag}`,
      house: "3",
    },
  );
  await deliver(
    request,
    "charge.refunded",
    chargeObject({ paymentIntent: refunded.paymentIntent, amount: 1000, amountRefunded: 1000 }),
  );
  const noHouse = await insertGiftWithoutHouse(`NoHouse${tag}`);
  await signInAs(context, baseURL!, "ADMIN");

  // The list: found by name, refunds shown, no email on it.
  await page.goto(`/admin/donations?q=${tag}`);
  const results = page.getByTestId("donation-results");
  await expect(results.locator("tbody tr")).toHaveCount(3);
  await expect(results).not.toContainText("@");
  await expectNoAxeViolations(page);
  await page.getByLabel("Status").selectOption("REFUNDED");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(results.locator("tbody tr")).toHaveCount(1);
  await expect(results).toContainText(`Ko Refunded${tag}`);
  await expect(results).toContainText("£10");

  // Its page: the email, the refund, Stripe's events in order, and the gift in Stripe's dashboard.
  await results.getByRole("link").first().click();
  await expect(page.getByTestId("donation-detail")).toContainText(`ko-${tag}@example.org`);
  await expect(page.getByTestId("donation-refunded")).toContainText("£10");
  await expect(page.getByTestId("donation-events").locator("tbody tr td:nth-child(2)")).toHaveText([
    "checkout.session.completed",
    "charge.refunded",
  ]);
  await expect(page.getByTestId("stripe-link")).toHaveAttribute(
    "href",
    `https://dashboard.stripe.com/test/payments/${refunded.paymentIntent}`,
  );
  await expectNoAxeViolations(page);

  // The period's sheet: the claimable gift, and the two that are not, each with its reason.
  const today = ukDate(new Date());
  await page.goto(`/admin/donations/gift-aid?from=${today}&to=${today}`);
  const claimable = page.getByTestId("claimable-gifts");
  const notClaimable = page.getByTestId("not-claimable-gifts");
  await expect(claimable).toContainText(`Ms Thida Aung-Lee${tag}`);
  await expect(claimable).not.toContainText(`Refunded${tag}`);
  await expect(claimable).not.toContainText(`NoHouse${tag}`);
  await expect(notClaimable.locator("tr", { hasText: `Ko Refunded${tag}` })).toContainText("Refunded.");
  await expect(notClaimable.locator("tr", { hasText: `Min NoHouse${tag}` })).toContainText("No house name or number.");
  await expectNoAxeViolations(page);

  // Claim them: the claim's page offers the schedule in HMRC's columns.
  const reference = `E2E-${tag}`;
  await page.getByLabel("Claim reference").fill(reference);
  await page.getByTestId("claim-form").getByRole("button").click();
  await expect(page.getByRole("heading", { name: `Gift Aid claim ${reference}` })).toBeVisible();
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("schedule-download").click()]);
  expect(download.suggestedFilename()).toBe(`gift-aid-${reference}.csv`);
  const csv = Buffer.concat(await (await download.createReadStream()).toArray()).toString("utf8");
  const [header, ...lines] = parseCsv(csv.slice(1));
  expect(header).toEqual([
    "Title",
    "First name",
    "Last name",
    "House name or number",
    "Postcode",
    "Aggregated donations",
    "Sponsored event",
    "Donation date",
    "Amount",
  ]);
  const [y, m, d] = today.split("-");
  expect(lines).toContainEqual([
    "Ms",
    "Thida",
    `Aung Lee${tag}`,
    "12",
    "LS1 1AA",
    "",
    "",
    `${d}/${m}/${y.slice(2)}`,
    "25.00",
  ]);
  expect(csv).not.toContain(`Refunded${tag}`);
  expect(csv).not.toContain(`NoHouse${tag}`);

  // The same period again: nothing is left to claim, so the second export is empty and no claim is made.
  await page.goto(`/admin/donations/gift-aid?from=${today}&to=${today}`);
  await expect(page.getByTestId("nothing-to-claim")).toBeVisible();
  await expect(notClaimable.locator("tr", { hasText: `Thida Aung-Lee${tag}` })).toContainText(
    `Already claimed, in claim ${reference}.`,
  );
  await page.getByLabel("Claim reference").fill(`${reference}-again`);
  await page.getByTestId("claim-form").getByRole("button").click();
  await expect(page.getByTestId("claim-form").getByRole("alert")).toHaveText(
    "No gift in that period is left to claim, so the schedule would be empty: no claim was made.",
  );
  await page.reload();
  await expect(page.getByTestId("gift-aid-claims")).toContainText(reference);
  await expect(page.getByTestId("gift-aid-claims")).not.toContainText(`${reference}-again`);
  await page.goto(`/admin/donations/${claimed.donationId}`);
  await expect(page.getByTestId("gift-aid-declaration")).toContainText(reference);

  // The house-less declaration is completed by hand from what the donor gives; then it can be claimed.
  await page.goto(`/admin/donations/${noHouse}`);
  const form = page.getByTestId("complete-declaration");
  await expect(form.getByLabel("First name")).toHaveValue("Min");
  await form.getByLabel("House name or number").fill("7");
  await form.getByRole("button", { name: "Complete the declaration" }).click();
  // Complete now, the declaration shows the house and no longer asks for it.
  await expect(form).toHaveCount(0);
  await expect(page.getByTestId("gift-aid-declaration")).toContainText("Min NoHouse");
  await page.goto(`/admin/donations/gift-aid?from=${today}&to=${today}`);
  await expect(claimable).toContainText(`Min NoHouse${tag}`);
});
