import { HANDLED_EVENT_TYPES } from "../../lib/donations/apply-stripe-event";
import type { TDonationConfig } from "../../lib/donations/config";
import { donateInputSchema } from "../../lib/donations/donate-input";
import { startCheckout } from "../../lib/donations/start-checkout";
import { createStripe } from "../../lib/donations/stripe-client";
import {
  chargeObject,
  checkoutSessionObject,
  monthlyLifecycleEvents,
  newIds,
  signEvent,
  stripeEvent,
  paidOneOffSession,
} from "../../lib/testing/stripe-events";
import { appUrls, PORTS, WEBHOOK_SECRET } from "./stack";
import { expect, test } from "./fixtures";

// R3: every event type the app handles, each delivered three times in shuffled order, eight at a
// time, alternating between the two instances, failed deliveries retried as Stripe would.
const config: TDonationConfig = {
  enabled: true,
  testMode: true,
  currency: "gbp",
  minMinor: 200,
  maxMinor: 1_000_000,
  presetsMinor: [500, 1000, 2500, 5000],
  giftAid: false,
};

test("R3: webhooks replayed 3× shuffled, concurrently → one donation per payment, right state; tampered → 400", async ({
  stack,
}) => {
  test.setTimeout(120_000);
  const stripe = createStripe("sk_test_faults_only", `http://127.0.0.1:${PORTS.stripe}`);
  const checkout = async (frequency: "ONE_OFF" | "MONTHLY", amount: string) => {
    const url = await startCheckout(
      stack.db,
      stripe,
      config,
      donateInputSchema(config).parse({ frequency, amount, sourcePath: "/donate" }),
      appUrls[0],
    );
    const session = stack.stripe.sessions.find((s) => url.endsWith(s.id))!;
    return {
      session,
      donation: await stack.db.donation.findUniqueOrThrow({ where: { stripeCheckoutSessionId: session.id } }),
    };
  };
  const t = Math.floor(Date.now() / 1000);
  const scenarios: { donationId: string; events: object[]; expected: Record<string, unknown> }[] = [];

  {
    // One-off by card, then refunded in two steps.
    const { session, donation } = await checkout("ONE_OFF", "2500");
    const ids = newIds();
    // As at Stripe: Checkout made the payment intent with our donation id (refunds are traced by it).
    stack.stripe.paymentIntents.set(ids.paymentIntent, { metadata: { donation_id: donation.id } });
    scenarios.push({
      donationId: donation.id,
      expected: { status: "REFUNDED", amountRefunded: 2500 },
      events: [
        stripeEvent(
          "checkout.session.completed",
          paidOneOffSession({
            id: session.id,
            donationId: donation.id,
            amount: 2500,
            paymentIntent: ids.paymentIntent,
            customer: ids.customer,
            email: "r3-card@example.org",
            name: "C",
          }),
          t,
        ),
        stripeEvent(
          "charge.refunded",
          chargeObject({ paymentIntent: ids.paymentIntent, amount: 2500, amountRefunded: 1000 }),
          t + 60,
        ),
        stripeEvent(
          "charge.refunded",
          chargeObject({ paymentIntent: ids.paymentIntent, amount: 2500, amountRefunded: 2500 }),
          t + 120,
        ),
      ],
    });
  }
  for (const outcome of ["succeeded", "failed"] as const) {
    // One-off by bank debit, paid later or not.
    const { session, donation } = await checkout("ONE_OFF", "500");
    const base = {
      id: session.id,
      donationId: donation.id,
      mode: "payment" as const,
      amount: 500,
      paymentIntent: newIds().paymentIntent,
      customer: newIds().customer,
      email: `r3-${outcome}@example.org`,
      name: "B",
    };
    scenarios.push({
      donationId: donation.id,
      expected: { status: outcome === "succeeded" ? "SUCCEEDED" : "FAILED" },
      events: [
        stripeEvent("checkout.session.completed", checkoutSessionObject({ ...base, paymentStatus: "unpaid" }), t),
        stripeEvent(
          `checkout.session.async_payment_${outcome}`,
          checkoutSessionObject({ ...base, paymentStatus: outcome === "succeeded" ? "paid" : "unpaid" }),
          t + 3600,
        ),
      ],
    });
  }
  {
    // Monthly: paid, paid, failed, past due, active again, cancelled.
    const { session, donation } = await checkout("MONTHLY", "1000");
    const ids = newIds();
    scenarios.push({
      donationId: donation.id,
      expected: { status: "CANCELED", stripeSubscriptionId: ids.subscription },
      events: monthlyLifecycleEvents({
        sessionId: session.id,
        donationId: donation.id,
        amount: 1000,
        email: "r3-monthly@example.org",
        t,
        ids,
      }),
    });
  }
  const events = scenarios.flatMap((s) => s.events) as { id: string; type: string }[];
  expect(new Set(events.map((e) => e.type))).toEqual(new Set(HANDLED_EVENT_TYPES));

  let n = 0;
  const deliver = async (event: object, tamper = false) => {
    const { payload, signature } = signEvent(event, WEBHOOK_SECRET);
    const response = await fetch(`${appUrls[n++ % appUrls.length]}/api/stripe/webhook`, {
      method: "POST",
      headers: { "content-type": "application/json", "stripe-signature": signature },
      body: tamper ? payload.replace(/"amount_total": \d+/, '"amount_total": 1') : payload,
    });
    return response.status;
  };
  let pending: object[] = events.flatMap((e) => [e, e, e]).sort(() => Math.random() - 0.5);
  const statuses: Record<number, number> = {};
  for (let round = 0; pending.length && round < 20; round++) {
    const retry: object[] = [];
    for (let i = 0; i < pending.length; i += 8) {
      const batch = pending.slice(i, i + 8);
      const results = await Promise.all(batch.map((e) => deliver(e)));
      results.forEach((status, j) => {
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (status !== 200) retry.push(batch[j]);
      });
    }
    pending = retry.sort(() => Math.random() - 0.5);
    if (pending.length) await new Promise((r) => setTimeout(r, 200));
  }
  console.log(`R3: ${events.length} events × 3 deliveries; answers ${JSON.stringify(statuses)}`);
  expect(pending).toEqual([]);
  expect(Object.keys(statuses).filter((s) => s !== "200" && s !== "500")).toEqual([]);

  for (const scenario of scenarios) {
    const donation = await stack.db.donation.findUniqueOrThrow({ where: { id: scenario.donationId } });
    expect(donation).toMatchObject(scenario.expected);
  }
  const sessions = await stack.db.donation.groupBy({
    by: ["stripeCheckoutSessionId"],
    where: { id: { in: scenarios.map((s) => s.donationId) } },
    _count: true,
  });
  expect(sessions.every((s) => s._count === 1)).toBe(true);
  expect(await stack.db.stripeEvent.count({ where: { id: { in: events.map((e) => e.id) } } })).toBe(events.length);

  // Tampered bodies and unsigned ones are refused and change nothing.
  const extra = await checkout("ONE_OFF", "1000");
  const forged = stripeEvent(
    "checkout.session.completed",
    paidOneOffSession({
      id: extra.session.id,
      donationId: extra.donation.id,
      amount: 1000,
      paymentIntent: newIds().paymentIntent,
      customer: "cus_x",
      email: "r3-forged@example.org",
      name: "F",
    }),
    t,
  );
  expect(await deliver(forged, true)).toBe(400);
  const unsigned = await fetch(`${appUrls[1]}/api/stripe/webhook`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(forged),
  });
  expect(unsigned.status).toBe(400);
  expect((await stack.db.donation.findUniqueOrThrow({ where: { id: extra.donation.id } })).status).toBe("PENDING");
});
