import { recordAudit } from "../audit/record-audit";
import type { PrismaClient } from "../db/client";
import { AppError } from "../errors";
import type { DonationFrequency, DonationStatus } from "../generated/prisma/enums";
import { donationWhere, type TDonationFilters } from "./donation-filters";
import type { TDeclaration } from "./gift-aid-declaration";

const PAGE_SIZE = 25;

// No email here: the list is what is on screen (and in screenshots) most, and a page of addresses
// is a ready-made roll of who gave. Emails are on each gift's own page.
export type TDonationListRow = {
  id: string;
  createdAt: Date;
  frequency: DonationFrequency;
  status: DonationStatus;
  amount: number;
  currency: string;
  amountRefunded: number;
  donorName: string | null;
  giftAid: boolean;
  giftAidCancelled: boolean;
  paidInstalments: number;
  failedInstalments: number;
};

/** Donations matching the filters, newest first, a page at a time (the same WHERE as their CSV). */
export async function searchDonations(db: PrismaClient, filters: TDonationFilters, page: number) {
  const { sql, params } = donationWhere(filters);
  const [rows, counted] = await Promise.all([
    db.$queryRawUnsafe<TDonationListRow[]>(
      `SELECT d."id", d."createdAt", d."frequency", d."status", d."amount", d."currency", d."amountRefunded",
         coalesce(nullif(trim(coalesce(d."giftAidFirstName", '') || ' ' || coalesce(d."giftAidLastName", '')), ''),
                  d."donorName", d."giftAidName") AS "donorName",
         d."giftAid", d."giftAidCancelledAt" IS NOT NULL AS "giftAidCancelled",
         (SELECT count(*)::int FROM "DonationPayment" p WHERE p."donationId" = d."id" AND p."paid")
           AS "paidInstalments",
         (SELECT count(*)::int FROM "DonationPayment" p WHERE p."donationId" = d."id" AND NOT p."paid")
           AS "failedInstalments"
       FROM "Donation" d WHERE ${sql}
       ORDER BY d."createdAt" DESC, d."id" LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`,
      ...params,
    ),
    db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "Donation" d WHERE ${sql}`, ...params),
  ]);
  const total = counted[0].n;
  return { rows, total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** One donation with its instalments, the Stripe events applied to it in order, and its Gift Aid claims. */
export function getDonation(db: PrismaClient, id: string) {
  return db.donation.findUnique({
    where: { id: id.slice(0, 64) },
    include: {
      payments: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      stripeEvents: { orderBy: [{ created: "asc" }, { processedAt: "asc" }] },
      giftAidClaimGifts: { include: { claim: { select: { id: true, reference: true } } } },
    },
  });
}

/**
 * Fills in an earlier declaration (one name and a free address) in the schedule's shape, from what
 * the donor gave: an organiser reads it and types the parts; nothing is split by guessing.
 */
export async function completeDeclaration(db: PrismaClient, actor: string, id: string, declaration: TDeclaration) {
  await db.$transaction(async (tx) => {
    const done = await tx.donation.updateMany({
      where: { id, giftAid: true, giftAidCancelledAt: null, OR: [{ giftAidFirstName: null }, { giftAidHouse: null }] },
      data: {
        giftAidTitle: declaration.title,
        giftAidFirstName: declaration.firstName,
        giftAidLastName: declaration.lastName,
        giftAidHouse: declaration.house,
        giftAidPostcode: declaration.postcode,
      },
    });
    if (!done.count) throw new AppError("NOT_FOUND", "declarationNotCompletable");
    await recordAudit(tx, actor, "complete-gift-aid-declaration", id);
  });
}

/** The donor cancelled their declaration: no gift of theirs is claimed from now on. */
export async function cancelDeclaration(db: PrismaClient, actor: string, id: string, now = new Date()) {
  await db.$transaction(async (tx) => {
    const done = await tx.donation.updateMany({
      where: { id, giftAid: true, giftAidCancelledAt: null },
      data: { giftAidCancelledAt: now },
    });
    if (!done.count) throw new AppError("NOT_FOUND", "declarationNotCancellable");
    await recordAudit(tx, actor, "cancel-gift-aid-declaration", id);
  });
}
