import { randomBytes } from "node:crypto";
import Stripe from "stripe";

// Webhook payloads shaped like Stripe's real events (API 2026-10-28), for tests.
const rid = (prefix: string) => `${prefix}_${randomBytes(10).toString("hex")}`;

export function stripeEvent(type: string, object: object, created: number) {
  return {
    id: rid("evt"),
    object: "event",
    api_version: "2026-10-28.endive",
    created,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: { object },
  };
}

export function checkoutSessionObject(o: {
  id: string;
  donationId: string;
  mode: "payment" | "subscription";
  paymentStatus: "paid" | "unpaid";
  amount: number;
  paymentIntent?: string;
  subscription?: string;
  customer: string;
  email: string;
  name: string;
}) {
  return {
    id: o.id,
    object: "checkout.session",
    mode: o.mode,
    status: "complete",
    payment_status: o.paymentStatus,
    amount_total: o.amount,
    currency: "gbp",
    client_reference_id: o.donationId,
    customer: o.customer,
    customer_details: { email: o.email, name: o.name, address: null, phone: null, tax_exempt: "none", tax_ids: [] },
    metadata: { donation_id: o.donationId, campaign: "burma-military-ties", source: "/donate" },
    payment_intent: o.paymentIntent ?? null,
    subscription: o.subscription ?? null,
    livemode: false,
  };
}

/** A monthly gift's paid checkout session, its subscription and customer those of `ids` (newIds()). */
export function paidMonthlySession(o: {
  id: string;
  donationId: string;
  amount: number;
  ids: { subscription: string; customer: string };
  email: string;
  name: string;
}) {
  const { ids, ...rest } = o;
  return checkoutSessionObject({
    ...rest,
    mode: "subscription",
    paymentStatus: "paid",
    subscription: ids.subscription,
    customer: ids.customer,
  });
}

/** A one-off gift's paid checkout session. */
export function paidOneOffSession(o: {
  id: string;
  donationId: string;
  amount: number;
  paymentIntent: string;
  customer: string;
  email: string;
  name: string;
}) {
  return checkoutSessionObject({ ...o, mode: "payment", paymentStatus: "paid" });
}

export function invoiceObject(o: {
  id: string;
  subscription: string;
  donationId: string;
  amount: number;
  paid: boolean;
  customer: string;
}) {
  return {
    id: o.id,
    object: "invoice",
    currency: "gbp",
    customer: o.customer,
    status: o.paid ? "paid" : "open",
    amount_due: o.amount,
    amount_paid: o.paid ? o.amount : 0,
    amount_remaining: o.paid ? 0 : o.amount,
    billing_reason: "subscription_cycle",
    livemode: false,
    parent: {
      type: "subscription_details",
      quote_details: null,
      subscription_details: { subscription: o.subscription, metadata: { donation_id: o.donationId } },
    },
  };
}

function subscriptionObject(o: { id: string; donationId: string; status: string; customer: string }) {
  return {
    id: o.id,
    object: "subscription",
    status: o.status,
    customer: o.customer,
    metadata: { donation_id: o.donationId },
    livemode: false,
  };
}

export function chargeObject(o: { paymentIntent: string; amount: number; amountRefunded: number }) {
  return {
    id: rid("ch"),
    object: "charge",
    amount: o.amount,
    amount_refunded: o.amountRefunded,
    currency: "gbp",
    refunded: o.amountRefunded >= o.amount,
    payment_intent: o.paymentIntent,
    metadata: {},
    status: "succeeded",
    livemode: false,
  };
}

/** The body and Stripe-Signature header Stripe would send for an event. */
export function signEvent(event: object, secret: string) {
  const payload = JSON.stringify(event, null, 2);
  return { payload, signature: new Stripe("sk_test_unused").webhooks.generateTestHeaderString({ payload, secret }) };
}

export const newIds = () => ({
  session: rid("cs_test"),
  paymentIntent: rid("pi"),
  subscription: rid("sub"),
  customer: rid("cus"),
  invoices: [rid("in"), rid("in"), rid("in")],
});

/**
 * A monthly gift's life as Stripe reports it: checkout, two paid instalments, a failed one, past due,
 * active again, cancelled (over 90 days from `t`). Ends CANCELED with invoices [paid, paid, failed].
 */
export function monthlyLifecycleEvents(o: {
  sessionId: string;
  donationId: string;
  amount: number;
  email: string;
  t: number;
  ids: ReturnType<typeof newIds>;
}) {
  const { ids, t, donationId } = o;
  const common = { subscription: ids.subscription, donationId, amount: o.amount, customer: ids.customer };
  const subscription = (status: string) =>
    subscriptionObject({ id: ids.subscription, donationId, status, customer: ids.customer });
  return [
    stripeEvent(
      "checkout.session.completed",
      paidMonthlySession({ id: o.sessionId, donationId, amount: o.amount, ids, email: o.email, name: "M" }),
      t,
    ),
    stripeEvent("invoice.paid", invoiceObject({ ...common, id: ids.invoices[0], paid: true }), t + 1),
    stripeEvent("invoice.paid", invoiceObject({ ...common, id: ids.invoices[1], paid: true }), t + 30 * 86400),
    stripeEvent(
      "invoice.payment_failed",
      invoiceObject({ ...common, id: ids.invoices[2], paid: false }),
      t + 60 * 86400,
    ),
    stripeEvent("customer.subscription.updated", subscription("past_due"), t + 60 * 86400 + 5),
    stripeEvent("customer.subscription.updated", subscription("active"), t + 61 * 86400),
    stripeEvent("customer.subscription.deleted", subscription("canceled"), t + 90 * 86400),
  ];
}
