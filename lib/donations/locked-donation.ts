// A Stripe event's donation, found by any of the ids the event carries and locked for the
// transaction applying it (lib/donations/apply-stripe-event.ts), and the monthly status rule applied to it.
import type { Prisma } from "../generated/prisma/client";
import type { DonationStatus } from "../generated/prisma/enums";
import { nextMonthlyStatus } from "./status-rules";

export type TDonationRow = {
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

/** Thrown when an event names a donation we have not recorded yet: the 500 makes Stripe retry later. */
class DonationNotFoundYet extends Error {}

export const idOf = (value: string | { id: string } | null | undefined) =>
  typeof value === "string" ? value : (value?.id ?? null);

export async function lockDonation(tx: Prisma.TransactionClient, find: TFind): Promise<TDonationRow> {
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

export async function setMonthly(
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
