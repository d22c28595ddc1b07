// A monthly gift's invoices (each instalment paid or failed) and a refund of a gift or of one
// instalment, applied to the donation (lib/donations/apply-stripe-event.ts).
import type Stripe from "stripe";
import type { Prisma } from "../generated/prisma/client";
import { idOf, lockDonation, setMonthly, type TFind } from "./locked-donation";
import { nextOneOffStatus } from "./status-rules";

export async function onInvoice(tx: Prisma.TransactionClient, invoice: Stripe.Invoice, paid: boolean, at: Date) {
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

export async function onRefund(tx: Prisma.TransactionClient, charge: Stripe.Charge, owner: TFind, at: Date) {
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
