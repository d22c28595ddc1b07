import { afterAll, describe, expect, it } from "vitest";
import { setUpDonationsHarness, WEBHOOK_SECRET } from "../testing/donations-harness";
import { LINKS, withLinks } from "../testing/petition-fixtures";
import {
  chargeObject,
  checkoutSessionObject,
  invoiceObject,
  monthlyLifecycleEvents,
  newIds,
  signEvent,
  stripeEvent,
  paidMonthlySession,
  paidOneOffSession,
} from "../testing/stripe-events";
import { HANDLED_EVENT_TYPES } from "./apply-stripe-event";
import { handleStripeWebhook } from "./handle-webhook";

const h = setUpDonationsHarness();

// Whatever order the tests ran in: each promised type has been applied by one of them, so a type
// promised but not handled (or handled but never exercised) fails the file here.
afterAll(() => {
  expect([...HANDLED_EVENT_TYPES].filter((type) => !h.applied.has(type))).toEqual([]);
});

describe("Stripe webhooks", () => {
  it("one-off: paid then refunded, events 3× shuffled, concurrent → one donation, REFUNDED, one receipt", async () => {
    const { session, donation } = await h.newDonation("ONE_OFF", "2500");
    const ids = newIds();
    // As at Stripe: Checkout made the payment intent with our donation id (refunds are traced by it).
    h.fake.paymentIntents.set(ids.paymentIntent, { metadata: { donation_id: donation.id } });
    const t = Math.floor(Date.now() / 1000);
    const completed = stripeEvent(
      "checkout.session.completed",
      paidOneOffSession({
        id: session.id,
        donationId: donation.id,
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
    await h.deliverLikeStripe([completed, partial, full]);
    const after = await h.db.donation.findUniqueOrThrow({ where: { id: donation.id } });
    expect(after).toMatchObject({
      status: "REFUNDED",
      amountRefunded: 2500,
      stripePaymentIntentId: ids.paymentIntent,
      stripeCustomerId: ids.customer,
      donorEmail: "donor@example.org",
      donorName: "Dana Donor",
    });
    expect(await h.db.donation.count({ where: { stripeCheckoutSessionId: session.id } })).toBe(1);
    expect(await h.db.outboxEmail.count({ where: { toAddress: "donor@example.org", kind: "donation-receipt" } })).toBe(
      1,
    );
    expect(await h.db.stripeEvent.count({ where: { id: { in: [completed.id, partial.id, full.id] } } })).toBe(3);
  });

  it("a donor's name typed in Zawgyi on Stripe's page is stored and greeted in Unicode", async () => {
    const { session, donation } = await h.newDonation("ONE_OFF", "500");
    const completed = stripeEvent(
      "checkout.session.completed",
      paidOneOffSession({
        id: session.id,
        donationId: donation.id,
        amount: 500,
        paymentIntent: newIds().paymentIntent,
        customer: newIds().customer,
        email: "zawgyi-donor@example.org",
        name: "ေဒၚ ေအာင္" /* Zawgyi for ဒေါ် အောင် */,
      }),
      Math.floor(Date.now() / 1000),
    );
    expect((await h.deliver(completed)).status).toBe(200);
    expect((await h.db.donation.findUniqueOrThrow({ where: { id: donation.id } })).donorName).toBe("ဒေါ် အောင်");
    const receipt = await h.db.outboxEmail.findFirstOrThrow({ where: { toAddress: "zawgyi-donor@example.org" } });
    expect(receipt.text).toContain("Dear ဒေါ် အောင်,");
  });

  it("one-off paid later (bank debit): processing, then succeeded; or processing, then failed", async () => {
    for (const outcome of ["succeeded", "failed"] as const) {
      const { session, donation } = await h.newDonation("ONE_OFF", "500");
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
      expect((await h.deliver(completed)).status).toBe(200);
      expect((await h.db.donation.findUniqueOrThrow({ where: { id: donation.id } })).status).toBe("PROCESSING");
      const later = stripeEvent(
        `checkout.session.async_payment_${outcome}`,
        checkoutSessionObject({ ...base, paymentStatus: outcome === "succeeded" ? "paid" : "unpaid" }),
        t + 3600,
      );
      await h.deliverLikeStripe([later, completed]);
      // Paid when the money came (Stripe's time of that event), not at checkout: the gift's Gift Aid date.
      expect(await h.db.donation.findUniqueOrThrow({ where: { id: donation.id } })).toMatchObject(
        outcome === "succeeded"
          ? { status: "SUCCEEDED", paidAt: new Date((t + 3600) * 1000) }
          : { status: "FAILED", paidAt: null },
      );
    }
  });

  it("monthly: instalments paid/failed, recovery, cancellation, 3× shuffled → CANCELED, all recorded", async () => {
    const { session, donation } = await h.newDonation("MONTHLY", "1000");
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
    await h.deliverLikeStripe(events);
    const after = await h.db.donation.findUniqueOrThrow({
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
    const receipt = await h.db.outboxEmail.findFirstOrThrow({
      where: { toAddress: "monthly@example.org", kind: "donation-receipt" },
    });
    expect(receipt.text).toContain("http://app.test/donate/manage/{{token:manage-gift}}");
    expect(withLinks(receipt)).toMatch(/http:\/\/app\.test\/donate\/manage\/[A-Za-z0-9_-]{43}/);
  });

  it("monthly without cancellation: the newest event's state wins whatever the order", async () => {
    const { session, donation } = await h.newDonation("MONTHLY", "500");
    const ids = newIds();
    const t = Math.floor(Date.now() / 1000);
    const common = { subscription: ids.subscription, donationId: donation.id, amount: 500, customer: ids.customer };
    await h.deliverLikeStripe([
      stripeEvent(
        "checkout.session.completed",
        paidMonthlySession({
          id: session.id,
          donationId: donation.id,
          amount: 500,
          ids,
          email: "m2@example.org",
          name: "M",
        }),
        t,
      ),
      stripeEvent("invoice.payment_failed", invoiceObject({ ...common, id: ids.invoices[0], paid: false }), t + 100),
      stripeEvent("invoice.paid", invoiceObject({ ...common, id: ids.invoices[0], paid: true }), t + 200),
    ]);
    const after = await h.db.donation.findUniqueOrThrow({ where: { id: donation.id }, include: { payments: true } });
    expect(after.status).toBe("ACTIVE");
    expect(after.payments.map((p) => p.paid)).toEqual([true]);
  });

  it("refuses a tampered body or a missing signature with 400 and writes nothing", async () => {
    const { session, donation } = await h.newDonation("ONE_OFF", "1000");
    const event = stripeEvent(
      "checkout.session.completed",
      paidOneOffSession({
        id: session.id,
        donationId: donation.id,
        amount: 1000,
        paymentIntent: newIds().paymentIntent,
        customer: "cus_x",
        email: "t@example.org",
        name: "T",
      }),
      Math.floor(Date.now() / 1000),
    );
    const { payload, signature } = signEvent(event, WEBHOOK_SECRET);
    const events = await h.db.stripeEvent.count();
    const tampered = payload.replace('"paid"', '"unpaid"');
    expect((await handleStripeWebhook(h.db, h.stripe(), WEBHOOK_SECRET, tampered, signature, LINKS)).status).toBe(400);
    expect((await handleStripeWebhook(h.db, h.stripe(), WEBHOOK_SECRET, payload, null, LINKS)).status).toBe(400);
    expect((await handleStripeWebhook(h.db, h.stripe(), "whsec_other", payload, signature, LINKS)).status).toBe(400);
    expect(await h.db.stripeEvent.count()).toBe(events);
    expect((await h.db.donation.findUniqueOrThrow({ where: { id: donation.id } })).status).toBe("PENDING");
  });
});
