import { describe, expect, it } from "vitest";
import { setUpDonationsHarness } from "../testing/donations-harness";
import {
  chargeObject,
  invoiceObject,
  newIds,
  stripeEvent,
  paidMonthlySession,
  paidOneOffSession,
} from "../testing/stripe-events";
import { HANDLED_EVENT_TYPES } from "./apply-stripe-event";

// Which events are ours, and what is answered for those that are not (or not yet).
const h = setUpDonationsHarness();

describe("Stripe webhooks: whose event is it", () => {
  it("ignores unknown types with 200, answers 500 (so Stripe retries) when it cannot apply an event yet", async () => {
    const unknown = await h.deliver(
      stripeEvent("customer.created", { id: "cus_1", object: "customer" }, Math.floor(Date.now() / 1000)),
    );
    expect(unknown).toMatchObject({ status: 200, body: { result: "ignored" } });
    const early = stripeEvent(
      "checkout.session.completed",
      paidOneOffSession({
        id: newIds().session,
        donationId: "not-recorded-yet",
        amount: 100,
        paymentIntent: newIds().paymentIntent,
        customer: "cus_y",
        email: "early@example.org",
        name: "E",
      }),
      Math.floor(Date.now() / 1000),
    );
    expect((await h.deliver(early)).status).toBe(500);
    expect(await h.db.stripeEvent.count({ where: { id: early.id } })).toBe(0);
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
      await h.db.stripeEvent.count(),
      await h.db.donation.count(),
      await h.db.donationPayment.count(),
    ];
    for (const [type, object] of Object.entries(types)) {
      const event = stripeEvent(type, object, t);
      expect(await h.deliver(event), type).toMatchObject({ status: 200, body: { result: "ignored" } });
    }
    expect([await h.db.stripeEvent.count(), await h.db.donation.count(), await h.db.donationPayment.count()]).toEqual([
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
      expect(await h.deliver(event)).toMatchObject({ status: 200, body: { result: "ignored" } });
    }
  });

  it("finds a refunded monthly instalment's gift through invoice → subscription", async () => {
    const { session, donation } = await h.newDonation("MONTHLY", "1000");
    const ids = newIds();
    const t = Math.floor(Date.now() / 1000);
    const common = { subscription: ids.subscription, donationId: donation.id, amount: 1000, customer: ids.customer };
    const invoice = invoiceObject({ ...common, id: ids.invoices[0], paid: true });
    await h.deliverLikeStripe([
      stripeEvent(
        "checkout.session.completed",
        paidMonthlySession({
          id: session.id,
          donationId: donation.id,
          amount: 1000,
          ids,
          email: "m3@example.org",
          name: "M",
        }),
        t,
      ),
      stripeEvent("invoice.paid", invoice, t + 1),
    ]);
    // The instalment's payment intent was made by the invoice: it carries no donation id of ours.
    const instalment = `pi_instalment_${ids.invoices[0]}`;
    h.fake.paymentIntents.set(instalment, { metadata: {} });
    h.fake.invoicesByPaymentIntent.set(instalment, invoice);
    const refund = stripeEvent(
      "charge.refunded",
      chargeObject({ paymentIntent: instalment, amount: 1000, amountRefunded: 1000 }),
      t + 86400,
    );
    expect(await h.deliver(refund)).toMatchObject({ status: 200, body: { result: "applied" } });
    expect(await h.db.donation.findUniqueOrThrow({ where: { id: donation.id } })).toMatchObject({
      amountRefunded: 1000,
      status: "ACTIVE",
    });
    // The refund is kept on the instalment it paid back (each instalment is a gift for Gift Aid),
    // and the event is recorded against the donation, after the checkout and the invoice.
    expect(await h.db.donationPayment.findUniqueOrThrow({ where: { stripeInvoiceId: ids.invoices[0] } })).toMatchObject(
      {
        paid: true,
        paidAt: new Date((t + 1) * 1000),
        amountRefunded: 1000,
      },
    );
    const events = await h.db.stripeEvent.findMany({ where: { donationId: donation.id }, orderBy: { created: "asc" } });
    expect(events.map((e) => e.type)).toEqual(["checkout.session.completed", "invoice.paid", "charge.refunded"]);
  });
});
