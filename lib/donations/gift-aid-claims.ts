import { reason, zodReason } from "../reasons/reason";
import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import type { PrismaClient } from "../db/client";
import { AppError } from "../errors";
import { cleanLine } from "../text/clean-text";
import { giftCount } from "./gift-aid-rules";
import { giftAidSheet, ZGiftAidPeriod } from "./gift-aid-sheet";

/** HMRC's schedule spreadsheet takes at most this many lines; the rest wait for the next claim. */
export const MAX_SCHEDULE_LINES = 1000;

export const ZNewGiftAidClaim = z.intersection(
  ZGiftAidPeriod,
  z.object({
    reference: z
      .string()
      .max(400)
      .transform(cleanLine)
      .pipe(
        z
          .string()
          .min(1, zodReason("claimReferenceMissing"))
          .max(60, zodReason("claimReferenceTooLong"))
          .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._/-]*$/u, zodReason("claimReferenceCharacters")),
      ),
    // The number of gifts the organiser reviewed: if it changed since, nothing is claimed.
    expected: z.coerce.number().int().nonnegative(),
  }),
);
export type TNewGiftAidClaim = z.output<typeof ZNewGiftAidClaim>;

/**
 * Claims the period's claimable gifts under the organiser's reference, in one transaction with its
 * audit entry: the claim, a link per gift (unique per gift, so none is ever claimed twice) and the
 * entry. Claims are made one at a time (a table lock), so two organisers pressing at once make one
 * claim and one "nothing left". Returns the claim's id; its schedule is exported from it.
 */
export async function createGiftAidClaim(db: PrismaClient, actor: string, input: TNewGiftAidClaim) {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`LOCK TABLE "GiftAidClaim" IN SHARE ROW EXCLUSIVE MODE`);
      if (await tx.giftAidClaim.findUnique({ where: { reference: input.reference }, select: { id: true } }))
        throw new AppError("CONFLICT", reason("claimReferenceTaken", { reference: input.reference }), {
          fields: { reference: reason("claimReferenceFieldTaken") },
        });
      const sheet = await giftAidSheet(tx, input);
      const count = sheet.claimable.length;
      if (!count) throw new AppError("INVALID_INPUT", "claimEmpty");
      if (count !== input.expected)
        throw new AppError(
          "CONFLICT",
          reason("claimCountChanged", { gifts: giftCount(count), expected: input.expected }),
        );
      const gifts = sheet.claimable.slice(0, MAX_SCHEDULE_LINES);
      const claim = await tx.giftAidClaim.create({
        data: {
          reference: input.reference,
          periodFrom: new Date(input.from),
          periodTo: new Date(input.to),
          createdBy: actor,
        },
        select: { id: true },
      });
      await tx.giftAidClaimGift.createMany({
        data: gifts.map((g) => ({
          claimId: claim.id,
          donationId: g.donationId,
          paymentId: g.paymentId,
          giftKey: g.key,
          giftDate: new Date(g.date),
          amount: g.amount,
        })),
      });
      const total = gifts.reduce((sum, g) => sum + g.amount, 0);
      await recordAudit(tx, actor, "gift-aid-claim", claim.id, {
        reference: input.reference,
        from: input.from,
        to: input.to,
        gifts: gifts.length,
        totalPence: total,
        notClaimable: sheet.notClaimable.length,
      });
      return { id: claim.id, gifts: gifts.length, total, leftOver: count - gifts.length };
    },
    { timeout: 60_000 },
  );
}

/** Every claim, newest first, with its number of gifts and total. */
export async function listGiftAidClaims(db: PrismaClient) {
  const claims = await db.giftAidClaim.findMany({ orderBy: { createdAt: "desc" }, take: 200 });
  const sums = await db.giftAidClaimGift.groupBy({
    by: ["claimId"],
    where: { claimId: { in: claims.map((c) => c.id) } },
    _sum: { amount: true },
    _count: true,
  });
  const byClaim = new Map(sums.map((s) => [s.claimId, { gifts: s._count, total: s._sum.amount ?? 0 }]));
  return claims.map((c) => ({ ...c, ...(byClaim.get(c.id) ?? { gifts: 0, total: 0 }) }));
}

/** A claim's reference and number of gifts, or null: what its schedule's download needs. */
export async function getGiftAidClaimSummary(db: PrismaClient, id: string) {
  const claim = await db.giftAidClaim.findUnique({
    where: { id: id.slice(0, 64) },
    select: { id: true, reference: true, _count: { select: { gifts: true } } },
  });
  return claim ? { id: claim.id, reference: claim.reference, gifts: claim._count.gifts } : null;
}

/** One claim with its gifts as claimed and who gave them, for its page. */
export function getGiftAidClaim(db: PrismaClient, id: string) {
  return db.giftAidClaim.findUnique({
    where: { id: id.slice(0, 64) },
    include: {
      gifts: {
        orderBy: [{ giftDate: "asc" }, { giftKey: "asc" }],
        include: {
          donation: {
            select: {
              frequency: true,
              giftAidTitle: true,
              giftAidFirstName: true,
              giftAidLastName: true,
              giftAidPostcode: true,
            },
          },
        },
      },
    },
  });
}
