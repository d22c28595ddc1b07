import { recordAudit } from "../audit/record-audit";
import type { PrismaClient } from "../db/client";
import { AppError } from "../errors";
import { forgetAddressInDb, forgetAddressInRedis } from "../privacy/forget-address";
import type { TRedis } from "../redis/get-redis";

/**
 * An organiser erases a donor (they asked us to): the person goes from every gift of theirs (the
 * same address or the same Stripe customer), with every row elsewhere naming their address
 * (receipts, data-access links: lib/privacy/forget-address.ts). Amounts and dates stay, as at the
 * end of their retention (lib/donations/donor-retention.ts). A Gift Aid declaration behind a gift
 * already claimed is kept until its own end, since HMRC may ask to see it (the law's duty to keep it
 * outweighs the request); the others go now. The Stripe customer's deletion is queued, never
 * awaited (lib/donations/stripe-customer-deletions.ts): Stripe being away never blocks an erasure.
 * Audited without the address. Gives how many gifts and kept declarations.
 */
export async function eraseDonor(
  db: PrismaClient,
  actor: string,
  donationId: string,
  options: { secret: string; now?: number; redis?: TRedis | null },
): Promise<{ gifts: number; declarationsKept: number }> {
  const at = new Date(options.now ?? Date.now());
  const { emails, result } = await db.$transaction(async (tx) => {
    const gift = await tx.donation.findUnique({
      where: { id: donationId },
      select: { donorEmail: true, stripeCustomerId: true },
    });
    if (!gift) throw new AppError("NOT_FOUND", "donationNotFound");
    const email = gift.donorEmail;
    const gifts = await tx.donation.findMany({
      where: {
        OR: [
          { id: donationId },
          ...(email ? [{ donorEmail: { equals: email, mode: "insensitive" as const } }] : []),
          ...(gift.stripeCustomerId ? [{ stripeCustomerId: gift.stripeCustomerId }] : []),
        ],
      },
      select: {
        id: true,
        donorEmail: true,
        stripeCustomerId: true,
        giftAidClaimGifts: { select: { id: true }, take: 1 },
      },
    });
    // Each gift's address as written there (Stripe's page keeps the case the donor typed).
    const emails = [...new Set(gifts.flatMap((g) => (g.donorEmail ? [g.donorEmail] : [])))];
    const ids = gifts.map((g) => g.id);
    const unclaimed = gifts.filter((g) => !g.giftAidClaimGifts.length).map((g) => g.id);
    const customers = [...new Set(gifts.flatMap((g) => (g.stripeCustomerId ? [g.stripeCustomerId] : [])))];
    await tx.donation.updateMany({
      where: { id: { in: ids } },
      data: {
        donorEmail: null,
        donorName: null,
        stripeCustomerId: null,
        manageTokenHash: null,
        manageTokenExpiresAt: null,
        personErasedAt: at,
      },
    });
    await tx.donation.updateMany({
      where: { id: { in: unclaimed } },
      data: {
        giftAidTitle: null,
        giftAidFirstName: null,
        giftAidLastName: null,
        giftAidHouse: null,
        giftAidPostcode: null,
        giftAidName: null,
        giftAidAddress: null,
      },
    });
    await tx.stripeCustomerDeletion.createMany({
      data: customers.map((customerId) => ({ customerId, queuedAt: at, nextAttemptAt: at })),
      skipDuplicates: true,
    });
    for (const address of emails) await forgetAddressInDb(tx, address, options.secret);
    const result = { gifts: ids.length, declarationsKept: ids.length - unclaimed.length };
    await recordAudit(tx, actor, "erase-donor", donationId, result);
    return { emails, result };
  });
  for (const address of emails)
    await forgetAddressInRedis(options.redis ?? null, address, options.secret, at.getTime());
  return result;
}
