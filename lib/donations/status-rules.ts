// Pure. Which status change an event may make, so replays and out-of-order delivery never move a
// donation backwards.
import type { DonationStatus } from "../generated/prisma/enums";

const ONE_OFF_RANK: Partial<Record<DonationStatus, number>> = {
  PENDING: 0,
  PROCESSING: 1,
  SUCCEEDED: 2,
  FAILED: 2,
  PARTIALLY_REFUNDED: 3,
  REFUNDED: 4,
};

/** One-off gifts only move forward: pending → processing → succeeded/failed → refunded. */
export function nextOneOffStatus(current: DonationStatus, proposed: DonationStatus): DonationStatus {
  const from = ONE_OFF_RANK[current] ?? 0;
  const to = ONE_OFF_RANK[proposed] ?? 0;
  if (to > from) return proposed;
  // A failed async payment cannot follow a success, nor the reverse: the first outcome stands.
  return current;
}

/**
 * Monthly gifts go back and forth between ACTIVE and PAST_DUE, so Stripe's event time decides:
 * an older event never overrides a newer one. CANCELED is final.
 */
export function nextMonthlyStatus(
  current: DonationStatus,
  currentAt: Date | null,
  proposed: DonationStatus,
  at: Date,
): { status: DonationStatus; at: Date } | null {
  if (current === "CANCELED") return null;
  if (proposed === "CANCELED") return { status: proposed, at };
  if (current !== "PENDING" && currentAt && at < currentAt) return null;
  return { status: proposed, at };
}

export function subscriptionStatusToDonation(status: string): DonationStatus {
  if (status === "active" || status === "trialing") return "ACTIVE";
  if (status === "canceled" || status === "incomplete_expired") return "CANCELED";
  return "PAST_DUE";
}
