import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { startFakeStripe } from "../testing/fake-stripe";
import {
  chargeObject,
  checkoutSessionObject,
  invoiceObject,
  monthlyLifecycleEvents,
  newIds,
  signEvent,
  stripeEvent,
} from "../testing/stripe-events";
import type { TDonationConfig } from "./config";
import { donateInputSchema } from "./donate-input";
import { HANDLED_EVENT_TYPES } from "./apply-stripe-event";
import { handleStripeWebhook } from "./handle-webhook";
import { startCheckout } from "./start-checkout";
import { createStripe } from "./stripe-client";

const SECRET = "whsec_test_secret_for_integration";
const PORT = 12_000 + (process.pid % 3000);
const config: TDonationConfig = {
  enabled: true,
  currency: "gbp",
  minMinor: 200,
  maxMinor: 1_000_000,
  presetsMinor: [500, 1000, 2500, 5000],
  giftAid: true,
};
let db: PrismaClient;
let fake: Awaited<ReturnType<typeof startFakeStripe>>;
const stripe = () => createStripe("sk_test_integration", fake.base);

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, 8);
  fake = await startFakeStripe(PORT);
});
afterAll(async () => {
  await fake.close();
  await db.$disconnect();
  // Whatever order the tests ran in: each promised type has been applied by one of them, so a type
  // promised but not handled (or handled but never exercised) fails the file here.
  expect([...HANDLED_EVENT_TYPES].filter((type) => !applied.has(type))).toEqual([]);
});

async function newDonation(frequency: "ONE_OFF" | "MONTHLY", amount = "1000", extra: Record<string, string> = {}) {
  const input = donateInputSchema(config).parse({ frequency, amount, sourcePath: "/donate", ...extra });
  const url = await startCheckout(db, stripe(), config, input, "http://app.test");
  const session = fake.sessions.find((s) => url.endsWith(s.id))!;
  return { session, donation: await db.donation.findUniqueOrThrow({ where: { stripeCheckoutSessionId: session.id } }) };
}

// Every event type this file saw applied to a donation (checked against the promised list at the end).
const applied = new Set<string>();

const deliver = async (event: object) => {
  const { payload, signature } = signEvent(event, SECRET);
  const result = await handleStripeWebhook(db, stripe(), SECRET, payload, signature, "http://app.test");
  if (result.body.result === "applied") applied.add((event as { type: string }).type);
  return result;
};

/** Like Stripe: each event three times, shuffled, several at once; failed deliveries retried until they succeed. */
async function deliverLikeStripe(events: object[]) {
  const deliveries = events.flatMap((e) => [e, e, e]).sort(() => Math.random() - 0.5);
  const retry: object[] = [];
  for (let i = 0; i < deliveries.length; i += 4) {
    const batch = deliveries.slice(i, i + 4);
    const results = await Promise.all(batch.map(deliver));
    results.forEach((r, j) => (r.status === 500 ? retry.push(batch[j]) : expect(r.status).toBe(200)));
  }
  for (let round = 0; retry.length && round < 10; round++) {
    const again = retry.splice(0);
    for (const event of again) if ((await deliver(event)).status === 500) retry.push(event);
  }
  expect(retry).toEqual([]);
}

describe("starting a checkout", () => {
  it("creates a PENDING donation and a Checkout Session with price data, metadata and an idempotency key", async () => {
    const { session, donation } = await newDonation("MONTHLY", "custom", {
      customAmount: "12.50",
      giftAid: "on",
      giftAidName: "Ann Lee",
      giftAidAddress: "1 High St\nLeeds",
      giftAidPostcode: "ls1 1aa",
    });
    expect(donation).toMatchObject({
      status: "PENDING",
      amount: 1250,
      frequency: "MONTHLY",
      giftAid: true,
      giftAidPostcode: "LS1 1AA",
      giftAidDeclarationVersion: "2026-11-28",
    });
    expect(session.idempotencyKey).toBe(`checkout-${donation.id}`);
    expect(session.params).toMatchObject({
      mode: "subscription",
      "line_items[0][price_data][unit_amount]": "1250",
      "line_items[0][price_data][currency]": "gbp",
      "line_items[0][price_data][recurring][interval]": "month",
      "metadata[donation_id]": donation.id,
      "subscription_data[metadata][donation_id]": donation.id,
      success_url: "http://app.test/donate/thanks?session_id={CHECKOUT_SESSION_ID}",
    });
    expect(Object.keys(session.params).some((k) => k.includes("custom_fields"))).toBe(false);
  });

  it("rejects amounts outside the bounds and unknown presets, in words", () => {
    const schema = donateInputSchema(config);
    const message = (input: object) => {
      const r = schema.safeParse(input);
      return r.success ? null : r.error.issues[0].message;
    };
    expect(message({ frequency: "ONE_OFF", amount: "custom", customAmount: "1.99" })).toBe(
      "Please give between £2 and £10,000.",
    );
    expect(message({ frequency: "ONE_OFF", amount: "custom", customAmount: "10000.01" })).toBe(
      "Please give between £2 and £10,000.",
    );
    expect(message({ frequency: "ONE_OFF", amount: "custom", customAmount: "ten" })).toMatch(
      /Enter an amount in pounds/,
    );
    expect(message({ frequency: "ONE_OFF", amount: "999" })).toBe("Choose one of the amounts, or enter your own.");
    expect(message({ frequency: "WEEKLY", amount: "500" })).toBe("Choose a one-off or a monthly gift.");
    expect(schema.parse({ frequency: "ONE_OFF", amount: "custom", customAmount: "£1,000.5" }).amountMinor).toBe(100050);
  });

  it("says so, and keeps no half-made donation alive, when Stripe refuses", async () => {
    fake.control.failNext = 1;
    const input = donateInputSchema(config).parse({ frequency: "ONE_OFF", amount: "500" });
    await expect(startCheckout(db, stripe(), config, input, "http://app.test")).rejects.toThrow(
      /could not reach our payment provider/,
    );
    expect(await db.donation.count({ where: { status: "PENDING", stripeCheckoutSessionId: null } })).toBe(0);
  });
});

describe("Stripe webhooks", () => {
  it("one-off: paid then refunded, events 3× shuffled, concurrent → one donation, REFUNDED, one receipt", async () => {
    const { session, donation } = await newDonation("ONE_OFF", "2500");
    const ids = newIds();
    // As at Stripe: Checkout made the payment intent with our donation id (refunds are traced by it).
    fake.paymentIntents.set(ids.paymentIntent, { metadata: { donation_id: donation.id } });
    const t = Math.floor(Date.now() / 1000);
    const completed = stripeEvent(
      "checkout.session.completed",
      checkoutSessionObject({
        id: session.id,
        donationId: donation.id,
        mode: "payment",
        paymentStatus: "paid",
        amount: 2500,
        paymentIntent: ids.paymentIntent,
        customer: ids.customer,
        email: "donor@example.org",
        name: "Dana Donor",
      }),
      t,
    );
    const partial = stripeEvent(
      "charge.refunded",
      chargeObject({ paymentIntent: ids.paymentIntent, amount: 2500, amountRefunded: 1000 }),
      t + 60,
    );
    const full = stripeEvent(
      "charge.refunded",
      chargeObject({ paymentIntent: ids.paymentIntent, amount: 2500, amountRefunded: 2500 }),
      t + 120,
    );
    await deliverLikeStripe([completed, partial, full]);
    const after = await db.donation.findUniqueOrThrow({ where: { id: donation.id } });
    expect(after).toMatchObject({
      status: "REFUNDED",
      amountRefunded: 2500,
      stripePaymentIntentId: ids.paymentIntent,
      stripeCustomerId: ids.customer,
      donorEmail: "donor@example.org",
      donorName: "Dana Donor",
    });
    expect(await db.donation.count({ where: { stripeCheckoutSessionId: session.id } })).toBe(1);
    expect(await db.outboxEmail.count({ where: { toAddress: "donor@example.org", kind: "donation-receipt" } })).toBe(1);
    expect(await db.stripeEvent.count({ where: { id: { in: [completed.id, partial.id, full.id] } } })).toBe(3);
  });

  it("one-off paid later (bank debit): processing, then succeeded; or processing, then failed", async () => {
    for (const outcome of ["succeeded", "failed"] as const) {
      const { session, donation } = await newDonation("ONE_OFF", "500");
      const t = Math.floor(Date.now() / 1000);
      const base = {
        id: session.id,
        donationId: donation.id,
        mode: "payment" as const,
        amount: 500,
        paymentIntent: newIds().paymentIntent,
        customer: newIds().customer,
        email: "bacs@example.org",
        name: "B",
      };
      const completed = stripeEvent(
        "checkout.session.completed",
        checkoutSessionObject({ ...base, paymentStatus: "unpaid" }),
        t,
      );
      expect((await deliver(completed)).status).toBe(200);
      expect((await db.donation.findUniqueOrThrow({ where: { id: donation.id } })).status).toBe("PROCESSING");
      const later = stripeEvent(
        `checkout.session.async_payment_${outcome}`,
        checkoutSessionObject({ ...base, paymentStatus: outcome === "succeeded" ? "paid" : "unpaid" }),
        t + 3600,
      );
      await deliverLikeStripe([later, completed]);
      expect((await db.donation.findUniqueOrThrow({ where: { id: donation.id } })).status).toBe(
        outcome === "succeeded" ? "SUCCEEDED" : "FAILED",
      );
    }
  });

  it("monthly: instalments paid/failed, recovery, cancellation, 3× shuffled → CANCELED, all recorded", async () => {
    const { session, donation } = await newDonation("MONTHLY", "1000");
    const ids = newIds();
    const t = Math.floor(Date.now() / 1000);
    const events = monthlyLifecycleEvents({
      sessionId: session.id,
      donationId: donation.id,
      amount: 1000,
      email: "monthly@example.org",
      t,
      ids,
    });
    await deliverLikeStripe(events);
    const after = await db.donation.findUniqueOrThrow({
      where: { id: donation.id },
      include: { payments: { orderBy: { stripeInvoiceId: "asc" } } },
    });
    expect(after).toMatchObject({
      status: "CANCELED",
      stripeSubscriptionId: ids.subscription,
      stripeCustomerId: ids.customer,
    });
    expect(after.canceledAt).not.toBeNull();
    expect(after.payments.map((p) => [p.stripeInvoiceId, p.paid]).sort()).toEqual(
      [
        [ids.invoices[0], true],
        [ids.invoices[1], true],
        [ids.invoices[2], false],
      ].sort(),
    );
    const receipt = await db.outboxEmail.findFirstOrThrow({
      where: { toAddress: "monthly@example.org", kind: "donation-receipt" },
    });
    expect(receipt.text).toMatch(/http:\/\/app\.test\/donate\/manage\/[A-Za-z0-9_-]{43}/);
  });

  it("monthly without cancellation: the newest event's state wins whatever the order", async () => {
    const { session, donation } = await newDonation("MONTHLY", "500");
    const ids = newIds();
    const t = Math.floor(Date.now() / 1000);
    const common = { subscription: ids.subscription, donationId: donation.id, amount: 500, customer: ids.customer };
    await deliverLikeStripe([
      stripeEvent(
        "checkout.session.completed",
        checkoutSessionObject({
          id: session.id,
          donationId: donation.id,
          mode: "subscription",
          paymentStatus: "paid",
          amount: 500,
          subscription: ids.subscription,
          customer: ids.customer,
          email: "m2@example.org",
          name: "M",
        }),
        t,
      ),
      stripeEvent("invoice.payment_failed", invoiceObject({ ...common, id: ids.invoices[0], paid: false }), t + 100),
      stripeEvent("invoice.paid", invoiceObject({ ...common, id: ids.invoices[0], paid: true }), t + 200),
    ]);
    const after = await db.donation.findUniqueOrThrow({ where: { id: donation.id }, include: { payments: true } });
    expect(after.status).toBe("ACTIVE");
    expect(after.payments.map((p) => p.paid)).toEqual([true]);
  });

  it("refuses a tampered body or a missing signature with 400 and writes nothing", async () => {
    const { session, donation } = await newDonation("ONE_OFF", "1000");
    const event = stripeEvent(
      "checkout.session.completed",
      checkoutSessionObject({
        id: session.id,
        donationId: donation.id,
        mode: "payment",
        paymentStatus: "paid",
        amount: 1000,
        paymentIntent: newIds().paymentIntent,
        customer: "cus_x",
        email: "t@example.org",
        name: "T",
      }),
      Math.floor(Date.now() / 1000),
    );
    const { payload, signature } = signEvent(event, SECRET);
    const events = await db.stripeEvent.count();
    const tampered = payload.replace('"paid"', '"unpaid"');
    expect((await handleStripeWebhook(db, stripe(), SECRET, tampered, signature, "http://app.test")).status).toBe(400);
    expect((await handleStripeWebhook(db, stripe(), SECRET, payload, null, "http://app.test")).status).toBe(400);
    expect((await handleStripeWebhook(db, stripe(), "whsec_other", payload, signature, "http://app.test")).status).toBe(
      400,
    );
    expect(await db.stripeEvent.count()).toBe(events);
    expect((await db.donation.findUniqueOrThrow({ where: { id: donation.id } })).status).toBe("PENDING");
  });

  it("ignores unknown types with 200, answers 500 (so Stripe retries) when it cannot apply an event yet", async () => {
    const unknown = await deliver(
      stripeEvent("customer.created", { id: "cus_1", object: "customer" }, Math.floor(Date.now() / 1000)),
    );
    expect(unknown).toMatchObject({ status: 200, body: { result: "ignored" } });
    const early = stripeEvent(
      "checkout.session.completed",
      checkoutSessionObject({
        id: newIds().session,
        donationId: "not-recorded-yet",
        mode: "payment",
        paymentStatus: "paid",
        amount: 100,
        paymentIntent: newIds().paymentIntent,
        customer: "cus_y",
        email: "early@example.org",
        name: "E",
      }),
      Math.floor(Date.now() / 1000),
    );
    expect((await deliver(early)).status).toBe(500);
    expect(await db.stripeEvent.count({ where: { id: early.id } })).toBe(0);
  });

  it("answers 200 'ignored' and writes nothing for each event type not about one of our donations", async () => {
    const t = Math.floor(Date.now() / 1000);
    const ids = newIds();
    const foreign = [
      {
        id: ids.session,
        object: "checkout.session",
        mode: "payment",
        payment_status: "paid",
        metadata: {},
        client_reference_id: null,
      },
      {
        ...invoiceObject({
          id: ids.invoices[0],
          subscription: ids.subscription,
          donationId: "",
          amount: 500,
          paid: true,
          customer: ids.customer,
        }),
        parent: {
          type: "subscription_details",
          subscription_details: { subscription: ids.subscription, metadata: {} },
        },
      },
      { id: ids.subscription, object: "subscription", status: "active", customer: ids.customer, metadata: {} },
      chargeObject({ paymentIntent: ids.paymentIntent, amount: 500, amountRefunded: 500 }),
    ];
    const types: Record<string, object> = {
      "checkout.session.completed": foreign[0],
      "checkout.session.async_payment_succeeded": foreign[0],
      "checkout.session.async_payment_failed": foreign[0],
      "invoice.paid": foreign[1],
      "invoice.payment_failed": foreign[1],
      "customer.subscription.updated": foreign[2],
      "customer.subscription.deleted": foreign[2],
      "charge.refunded": foreign[3],
    };
    expect(Object.keys(types).sort()).toEqual([...HANDLED_EVENT_TYPES].sort());
    const [events, donations, payments] = [
      await db.stripeEvent.count(),
      await db.donation.count(),
      await db.donationPayment.count(),
    ];
    for (const [type, object] of Object.entries(types)) {
      const event = stripeEvent(type, object, t);
      expect(await deliver(event), type).toMatchObject({ status: 200, body: { result: "ignored" } });
    }
    expect([await db.stripeEvent.count(), await db.donation.count(), await db.donationPayment.count()]).toEqual([
      events,
      donations,
      payments,
    ]);
    // A checkout of another integration (its own reference id) or of another campaign is not ours either.
    for (const object of [
      { ...foreign[0], client_reference_id: "their-order-17" },
      { ...foreign[0], metadata: { donation_id: "d-1", campaign: "another-campaign" } },
    ]) {
      const event = stripeEvent("checkout.session.completed", object, t);
      expect(await deliver(event)).toMatchObject({ status: 200, body: { result: "ignored" } });
    }
  });

  it("finds a refunded monthly instalment's gift through invoice → subscription", async () => {
    const { session, donation } = await newDonation("MONTHLY", "1000");
    const ids = newIds();
    const t = Math.floor(Date.now() / 1000);
    const common = { subscription: ids.subscription, donationId: donation.id, amount: 1000, customer: ids.customer };
    const invoice = invoiceObject({ ...common, id: ids.invoices[0], paid: true });
    await deliverLikeStripe([
      stripeEvent(
        "checkout.session.completed",
        checkoutSessionObject({
          id: session.id,
          donationId: donation.id,
          mode: "subscription",
          paymentStatus: "paid",
          amount: 1000,
          subscription: ids.subscription,
          customer: ids.customer,
          email: "m3@example.org",
          name: "M",
        }),
        t,
      ),
      stripeEvent("invoice.paid", invoice, t + 1),
    ]);
    // The instalment's payment intent was made by the invoice: it carries no donation id of ours.
    const instalment = `pi_instalment_${ids.invoices[0]}`;
    fake.paymentIntents.set(instalment, { metadata: {} });
    fake.invoicesByPaymentIntent.set(instalment, invoice);
    const refund = stripeEvent(
      "charge.refunded",
      chargeObject({ paymentIntent: instalment, amount: 1000, amountRefunded: 1000 }),
      t + 86400,
    );
    expect(await deliver(refund)).toMatchObject({ status: 200, body: { result: "applied" } });
    expect(await db.donation.findUniqueOrThrow({ where: { id: donation.id } })).toMatchObject({
      amountRefunded: 1000,
      status: "ACTIVE",
    });
  });
});
