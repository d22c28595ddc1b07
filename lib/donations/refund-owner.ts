import Stripe from "stripe";
import type { PrismaClient } from "../db/client";
import { idOf, type TFind } from "./locked-donation";

/**
 * Which of our donations a refunded charge belongs to, or null when it is none of ours. A charge
 * carries no donation id of its own, so it is asked of what does: the payment intent (a one-off
 * gift's, stored once its checkout completes, and carrying our donation id at Stripe), else the
 * invoice it paid (a monthly instalment's), whose subscription carries our donation id. Failing to
 * reach Stripe throws, so the webhook answers 500 and Stripe delivers the event again.
 */
export async function refundOwner(db: PrismaClient, stripe: Stripe, charge: Stripe.Charge): Promise<TFind | null> {
  const paymentIntentId = idOf(charge.payment_intent);
  if (charge.metadata?.donation_id) return { id: charge.metadata.donation_id, paymentIntentId };
  if (!paymentIntentId) return null;
  const stored = await db.donation.findUnique({
    where: { stripePaymentIntentId: paymentIntentId },
    select: { id: true },
  });
  if (stored) return { id: stored.id };
  const intent = await orMissing(stripe.paymentIntents.retrieve(paymentIntentId));
  if (intent?.metadata?.donation_id) return { id: intent.metadata.donation_id, paymentIntentId };
  const payments = await stripe.invoicePayments.list({
    payment: { type: "payment_intent", payment_intent: paymentIntentId },
    limit: 1,
    expand: ["data.invoice"],
  });
  const invoice = payments.data[0]?.invoice;
  const details =
    invoice && typeof invoice === "object" && "parent" in invoice ? invoice.parent?.subscription_details : null;
  const donationId = details?.metadata?.donation_id;
  const invoiceId = invoice && typeof invoice === "object" ? invoice.id : idOf(invoice);
  return donationId ? { id: donationId, subscriptionId: idOf(details?.subscription), invoiceId } : null;
}

/** Stripe's "no such object" is an answer (not ours); any other failure is thrown. */
async function orMissing<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof Stripe.errors.StripeInvalidRequestError && error.code === "resource_missing") return null;
    throw error;
  }
}
