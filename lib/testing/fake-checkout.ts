import { randomBytes } from "node:crypto";
import type { TFakeCheckoutSession } from "./fake-stripe";
import { checkoutSessionObject, signEvent, stripeEvent } from "./stripe-events";

/** Where the fake sends the events Stripe would send after a checkout, signed as Stripe signs them. */
export type TFakeWebhook = { url: string; secret: string };

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function amountOf(session: TFakeCheckoutSession): string {
  const minor = Number(session.params["line_items[0][price_data][unit_amount]"] ?? 0);
  const currency = (session.params["line_items[0][price_data][currency]"] ?? "gbp").toUpperCase();
  const monthly = session.params.mode === "subscription" ? " a month" : "";
  return `${new Intl.NumberFormat("en-GB", { style: "currency", currency }).format(minor / 100)}${monthly}`;
}

/**
 * The fake's checkout page. With a webhook to send to (the zero-setup `npm start`), it takes a name
 * and an email address and "pays": the app then hears of the gift exactly as from Stripe. Without
 * one (the e2e and fault suites, whose tests send their own events), it only says where it is.
 */
export function checkoutPage(path: string, session: TFakeCheckoutSession | undefined, webhook: TFakeWebhook | null) {
  const head =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" ' +
    'content="width=device-width, initial-scale=1"><title>Fake Stripe</title></head>' +
    '<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 1rem auto; padding: 0 1rem">' +
    "<main><h1>Fake Stripe page</h1>";
  if (!webhook || !session) return `${head}<p>${escape(path)}</p></main></body></html>`;
  const cancel = session.params.cancel_url;
  return (
    `${head}<p><strong>Test mode — no money moves.</strong> This page stands in for Stripe's checkout on a ` +
    "machine set up with no Stripe keys: no card is asked for and nothing is charged.</p>" +
    `<p>Gift: <strong>${escape(amountOf(session))}</strong></p>` +
    `<form method="post" action="/pay/${escape(session.id)}">` +
    '<p><label for="name">Name</label><br><input id="name" name="name" autocomplete="name" ' +
    'value="Test Donor" required></p>' +
    '<p><label for="email">Email for the receipt</label><br><input id="email" name="email" type="email" ' +
    'autocomplete="email" value="donor@example.org" required></p>' +
    `<p><button type="submit">Pay ${escape(amountOf(session))} (test)</button></p></form>` +
    (cancel ? `<p><a href="${escape(cancel)}">Cancel and go back</a></p>` : "") +
    "</main></body></html>"
  );
}

/**
 * "Pays" a checkout: sends the app the signed checkout.session.completed event Stripe would send
 * (livemode false, as for any test key), and gives the address Stripe would return the donor to.
 */
export async function completeCheckout(
  session: TFakeCheckoutSession,
  donor: { name: string; email: string },
  webhook: TFakeWebhook,
): Promise<string> {
  const subscription = session.params.mode === "subscription";
  const event = stripeEvent(
    "checkout.session.completed",
    checkoutSessionObject({
      id: session.id,
      donationId: session.params["metadata[donation_id]"] ?? "",
      mode: subscription ? "subscription" : "payment",
      paymentStatus: "paid",
      amount: Number(session.params["line_items[0][price_data][unit_amount]"] ?? 0),
      ...(subscription
        ? { subscription: `sub_${randomBytes(10).toString("hex")}` }
        : { paymentIntent: `pi_${randomBytes(10).toString("hex")}` }),
      customer: `cus_${randomBytes(10).toString("hex")}`,
      email: donor.email.slice(0, 254),
      name: donor.name.slice(0, 100),
    }),
    Math.floor(Date.now() / 1000),
  );
  const { payload, signature } = signEvent(event, webhook.secret);
  const answer = await fetch(webhook.url, {
    method: "POST",
    body: payload,
    headers: { "content-type": "application/json", "stripe-signature": signature },
  });
  if (!answer.ok) throw new Error(`The app answered the fake's webhook ${answer.status}: ${await answer.text()}`);
  return (session.params.success_url ?? "/").replace("{CHECKOUT_SESSION_ID}", session.id);
}
