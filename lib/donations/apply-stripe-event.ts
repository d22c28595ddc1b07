import type { Prisma } from "../generated/prisma/client";
import type Stripe from "stripe";
import type { PrismaClient } from "../db/client";
import type { DonationStatus } from "../generated/prisma/enums";
import { randomUUID } from "node:crypto";
import { hashToken } from "../crypto/tokens";
import { CAMPAIGN_SLUG } from "../campaign/campaign-slug";
import { linkSlot, linkToken } from "../mail/link-tokens";
import { queueEmail } from "../mail/queue-email";
import type { TLinkSettings } from "../mail/link-tokens";
import { cleanLine } from "../text/clean-text";
import { nextMonthlyStatus, nextOneOffStatus, subscriptionStatusToDonation } from "./status-rules";

type TDonationRow = {
  id: string;
  frequency: "ONE_OFF" | "MONTHLY";
  status: DonationStatus;
  amount: number;
  currency: string;
  amountRefunded: number;
  subscriptionStatusAt: Date | null;
  completedAt: Date | null;
  /** Set when an organiser or the retention rule erased the donor: no event brings them back. */
  personErasedAt: Date | null;
};
export type TFind = {
  id?: string | null;
  sessionId?: string | null;
  paymentIntentId?: string | null;
  subscriptionId?: string | null;
  /** The invoice a refunded monthly instalment paid, when Stripe says which. */
  invoiceId?: string | null;
};

export { idOf };

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

/** Thrown when an event names a donation we have not recorded yet: the 500 makes Stripe retry later. */
class DonationNotFoundYet extends Error {}

const idOf = (value: string | { id: string } | null | undefined) =>
  typeof value === "string" ? value : (value?.id ?? null);

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

async function lockDonation(tx: Prisma.TransactionClient, find: TFind): Promise<TDonationRow> {
  const rows = await tx.$queryRaw<TDonationRow[]>`
    SELECT "id", "frequency", "status", "amount", "currency", "amountRefunded", "subscriptionStatusAt", "completedAt",
      "personErasedAt"
    FROM "Donation"
    WHERE "id" = ${find.id ?? ""} OR "stripeCheckoutSessionId" = ${find.sessionId ?? ""}
       OR "stripePaymentIntentId" = ${find.paymentIntentId ?? ""}
       OR "stripeSubscriptionId" = ${find.subscriptionId ?? ""}
    LIMIT 1 FOR UPDATE`;
  if (!rows[0]) throw new DonationNotFoundYet(`No donation yet for ${JSON.stringify(find)}`);
  return rows[0];
}

async function setMonthly(
  tx: Prisma.TransactionClient,
  donation: TDonationRow,
  proposed: DonationStatus,
  at: Date,
  ids: object,
) {
  const next = nextMonthlyStatus(donation.status, donation.subscriptionStatusAt, proposed, at);
  await tx.donation.update({
    where: { id: donation.id },
    data: {
      ...ids,
      ...(next
        ? {
            status: next.status,
            subscriptionStatusAt: next.at,
            ...(next.status === "CANCELED" ? { canceledAt: at } : {}),
          }
        : {}),
    },
  });
}

async function onCheckoutSession(
  tx: Prisma.TransactionClient,
  type: string,
  session: Stripe.Checkout.Session,
  at: Date,
  links: TLinkSettings,
  /** Stripe's test mode (the event's livemode is false): the receipt says nothing was charged. */
  testMode: boolean,
): Promise<string> {
  const donation = await lockDonation(tx, {
    id: session.metadata?.donation_id ?? session.client_reference_id,
    sessionId: session.id,
  });
  // Typed by the donor on Stripe's page: cleaned like text typed on ours (Zawgyi stored as Unicode).
  const donorName = cleanLine(session.customer_details?.name ?? "") || null;
  // An erased donor stays erased: a late event (a bank debit settling days later) moves the gift's
  // state on, and writes none of the person back (lib/donations/erase-donor.ts).
  const ids = donation.personErasedAt
    ? {}
    : {
        stripeCheckoutSessionId: session.id,
        stripeCustomerId: idOf(session.customer),
        ...(session.customer_details?.email ? { donorEmail: session.customer_details.email } : {}),
        ...(donorName ? { donorName } : {}),
        ...(idOf(session.payment_intent) ? { stripePaymentIntentId: idOf(session.payment_intent) } : {}),
        ...(idOf(session.subscription) ? { stripeSubscriptionId: idOf(session.subscription) } : {}),
      };
  const failed = type === "checkout.session.async_payment_failed";
  const paid = type === "checkout.session.async_payment_succeeded" || session.payment_status !== "unpaid";
  if (donation.frequency === "MONTHLY") {
    await setMonthly(tx, donation, failed ? "PAST_DUE" : "ACTIVE", at, ids);
  } else {
    const status = nextOneOffStatus(donation.status, failed ? "FAILED" : paid ? "SUCCEEDED" : "PROCESSING");
    // The moment it was paid is the gift's date for Gift Aid.
    const paidNow = status === "SUCCEEDED" && donation.status !== "SUCCEEDED";
    await tx.donation.update({
      where: { id: donation.id },
      data: { ...ids, status, ...(paidNow ? { paidAt: at } : {}) },
    });
  }
  if (type === "checkout.session.completed" && !donation.completedAt) {
    await tx.donation.update({ where: { id: donation.id }, data: { completedAt: at } });
    const email = donation.personErasedAt ? null : session.customer_details?.email;
    if (email) await queueReceipt(tx, donation, email, donorName, links, testMode);
  }
  return donation.id;
}

async function onInvoice(tx: Prisma.TransactionClient, invoice: Stripe.Invoice, paid: boolean, at: Date) {
  const details = invoice.parent?.subscription_details;
  const subscriptionId =
    idOf(details?.subscription) ?? idOf((invoice as unknown as { subscription?: string }).subscription);
  const donation = await lockDonation(tx, { id: details?.metadata?.donation_id, subscriptionId });
  const amount = paid ? invoice.amount_paid : invoice.amount_due;
  const existing = await tx.donationPayment.findUnique({ where: { stripeInvoiceId: invoice.id! } });
  if (!existing) {
    await tx.donationPayment.create({
      data: {
        donationId: donation.id,
        stripeInvoiceId: invoice.id!,
        amount,
        currency: invoice.currency,
        paid,
        paidAt: paid ? at : null,
      },
    });
  } else if (paid && !existing.paid) {
    // A paid invoice stays paid, even if its earlier failure arrives afterwards.
    await tx.donationPayment.update({ where: { id: existing.id }, data: { paid: true, amount, paidAt: at } });
  }
  await setMonthly(
    tx,
    donation,
    paid ? "ACTIVE" : "PAST_DUE",
    at,
    subscriptionId ? { stripeSubscriptionId: subscriptionId } : {},
  );
  return donation.id;
}

async function onRefund(tx: Prisma.TransactionClient, charge: Stripe.Charge, owner: TFind, at: Date) {
  const donation = await lockDonation(tx, owner);
  let amountRefunded = Math.max(donation.amountRefunded, charge.amount_refunded);
  const instalment = owner.invoiceId
    ? await tx.donationPayment.findFirst({ where: { donationId: donation.id, stripeInvoiceId: owner.invoiceId } })
    : null;
  if (instalment) {
    // Each instalment is a gift of its own (Gift Aid): its refund is kept on it, and the donation's
    // total grows by what is new, so two refunded instalments count twice.
    const refunded = Math.max(instalment.amountRefunded, charge.amount_refunded);
    await tx.donationPayment.update({ where: { id: instalment.id }, data: { amountRefunded: refunded } });
    amountRefunded = donation.amountRefunded + refunded - instalment.amountRefunded;
  }
  const full = charge.refunded || amountRefunded >= charge.amount;
  const status =
    donation.frequency === "ONE_OFF"
      ? nextOneOffStatus(donation.status, full ? "REFUNDED" : "PARTIALLY_REFUNDED")
      : donation.status;
  await tx.donation.update({
    where: { id: donation.id },
    data: {
      amountRefunded,
      status,
      ...(status === "REFUNDED" && donation.status !== "REFUNDED" ? { refundedAt: at } : {}),
    },
  });
  return donation.id;
}

async function queueReceipt(
  tx: Prisma.TransactionClient,
  donation: TDonationRow,
  email: string,
  name: string | null,
  links: TLinkSettings,
  testMode: boolean,
) {
  const emailId = randomUUID();
  let manageUrl: string | null = null;
  if (donation.frequency === "MONTHLY") {
    // Made from the email's id when it is sent (lib/mail/link-tokens.ts), and working for 7 days from then.
    const token = linkToken(links.secret, "manage-gift", emailId);
    await tx.donation.update({
      where: { id: donation.id },
      data: { manageTokenHash: hashToken(token), manageTokenExpiresAt: null },
    });
    manageUrl = `${links.appUrl}/donate/manage/${linkSlot("manage-gift")}`;
  }
  const receipt = { name, amount: donation.amount, currency: donation.currency, manageUrl, testMode };
  await queueEmail(tx, email, "donation-receipt", receipt, null, emailId);
}
