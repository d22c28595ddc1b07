import type Stripe from "stripe";
import type { PrismaClient } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { CAMPAIGN_SLUG } from "../campaign/campaign-slug";
import type { TLinkSettings } from "../mail/link-tokens";
import { lockDonation, setMonthly, type TFind } from "./locked-donation";
import { onCheckoutSession } from "./on-checkout-session";
import { onInvoice, onRefund } from "./on-invoice-and-refund";
import { subscriptionStatusToDonation } from "./status-rules";

export const HANDLED_EVENT_TYPES = [
  "checkout.session.completed",
  "checkout.session.async_payment_succeeded",
  "checkout.session.async_payment_failed",
  "invoice.paid",
  "invoice.payment_failed",
  "customer.subscription.updated",
  "customer.subscription.deleted",
  "charge.refunded",
] as const;

/**
 * Applies one verified Stripe event. The event id is recorded in the same transaction as its
 * effect, with the donation it changed (for the organisers' view of a gift's history), so a replay
 * does nothing; the donation row is locked, so concurrent events apply in turn.
 * An event that is not about one of our donations (another app on the same Stripe account, a gift
 * made elsewhere) is "ignored" and writes nothing; `refundOwner` has already found, for a refund,
 * the donation it belongs to (lib/donations/refund-owner.ts).
 */
export async function applyStripeEvent(
  db: PrismaClient,
  event: Stripe.Event,
  links: TLinkSettings,
  refundOwner: TFind | null = null,
): Promise<"applied" | "duplicate" | "ignored"> {
  if (!isOurs(event, refundOwner)) return "ignored";
  return db.$transaction(
    async (tx) => {
      const inserted = await tx.$executeRaw`
      INSERT INTO "StripeEvent" ("id", "type", "created")
      VALUES (${event.id}, ${event.type}, ${new Date(event.created * 1000)})
      ON CONFLICT ("id") DO NOTHING`;
      if (inserted === 0) return "duplicate";
      const donationId = await applyEffect(tx, event, links, refundOwner);
      if (!donationId) return "ignored";
      await tx.stripeEvent.update({ where: { id: event.id }, data: { donationId } });
      return "applied";
    },
    { timeout: 20_000 },
  );
}

/** The event's effect on its donation; gives the donation's id. */
async function applyEffect(
  tx: Prisma.TransactionClient,
  event: Stripe.Event,
  links: TLinkSettings,
  refundOwner: TFind | null,
): Promise<string | null> {
  const at = new Date(event.created * 1000);
  switch (event.type) {
    case "checkout.session.completed":
    case "checkout.session.async_payment_succeeded":
    case "checkout.session.async_payment_failed":
      return onCheckoutSession(tx, event.type, event.data.object, at, links, !event.livemode);
    case "invoice.paid":
    case "invoice.payment_failed":
      return onInvoice(tx, event.data.object, event.type === "invoice.paid", at);
    case "customer.subscription.updated":
    case "customer.subscription.deleted": {
      const sub = event.data.object;
      const donation = await lockDonation(tx, { id: sub.metadata?.donation_id, subscriptionId: sub.id });
      const proposed =
        event.type === "customer.subscription.deleted" ? "CANCELED" : subscriptionStatusToDonation(sub.status);
      await setMonthly(tx, donation, proposed, at, { stripeSubscriptionId: sub.id });
      return donation.id;
    }
    case "charge.refunded":
      return onRefund(tx, event.data.object, refundOwner!, at);
    default:
      return null;
  }
}

/**
 * Whether the event names one of our donations: every checkout, subscription and invoice we create
 * carries its id, and our campaign's slug (another campaign on the same Stripe account is not ours).
 */
function isOurs(event: Stripe.Event, refundOwner: TFind | null): boolean {
  const ours = (metadata: Stripe.Metadata | null | undefined) =>
    !!metadata?.donation_id && (metadata.campaign === undefined || metadata.campaign === CAMPAIGN_SLUG);
  switch (event.type) {
    case "checkout.session.completed":
    case "checkout.session.async_payment_succeeded":
    case "checkout.session.async_payment_failed":
      return ours(event.data.object.metadata);
    case "invoice.paid":
    case "invoice.payment_failed":
      return ours(event.data.object.parent?.subscription_details?.metadata);
    case "customer.subscription.updated":
    case "customer.subscription.deleted":
      return ours(event.data.object.metadata);
    case "charge.refunded":
      return refundOwner !== null;
    default:
      return false;
  }
}
