// A checkout session's events (completed, paid later, failed later) applied to its donation, and
// the thank-you queued the first time one completes.
import { randomUUID } from "node:crypto";
import type Stripe from "stripe";
import { hashToken } from "../crypto/tokens";
import type { Prisma } from "../generated/prisma/client";
import { linkSlot, linkToken } from "../mail/link-tokens";
import { queueEmail } from "../mail/queue-email";
import type { TLinkSettings } from "../mail/link-tokens";
import { cleanLine } from "../text/clean-text";
import { idOf, lockDonation, setMonthly, type TDonationRow } from "./locked-donation";
import { nextOneOffStatus } from "./status-rules";

export async function onCheckoutSession(
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
