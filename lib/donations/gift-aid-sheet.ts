import { z } from "zod";
import type { Prisma } from "../generated/prisma/client";
import { judgeGift, ukDate, type TGiftCandidate, type TReasonCode, type TScheduleLine } from "./gift-aid-rules";
import { zodReason } from "../reasons/reason";

const DAY = 86_400_000;

const isoDay = z.iso.date(zodReason("dayInvalid"));

/** A claim's period: two UK calendar days, the first not after the second. */
export const ZGiftAidPeriod = z
  .object({ from: isoDay, to: isoDay })
  .refine((p) => p.from <= p.to, { message: zodReason("claimPeriodReversed"), path: ["to"] });
export type TGiftAidPeriod = z.output<typeof ZGiftAidPeriod>;

type TSheetGift = { key: string; donationId: string; paymentId: string | null; date: string; amount: number };
export type TGiftAidSheet = {
  claimable: (TSheetGift & { line: TScheduleLine })[];
  notClaimable: (TSheetGift & { code: TReasonCode; reason: string; name: string })[];
};

const DECLARATION = {
  id: true,
  currency: true,
  amountRefunded: true,
  giftAidDeclarationVersion: true,
  giftAidCancelledAt: true,
  giftAidTitle: true,
  giftAidFirstName: true,
  giftAidLastName: true,
  giftAidHouse: true,
  giftAidPostcode: true,
  giftAidName: true,
} as const;
const CLAIM = { select: { claim: { select: { reference: true } } } } as const;

type TDeclarationRow = Prisma.DonationGetPayload<{ select: typeof DECLARATION }>;
const declarationOf = (d: TDeclarationRow): TGiftCandidate["declaration"] => ({
  version: d.giftAidDeclarationVersion,
  cancelledAt: d.giftAidCancelledAt,
  title: d.giftAidTitle,
  firstName: d.giftAidFirstName,
  lastName: d.giftAidLastName,
  house: d.giftAidHouse,
  postcode: d.giftAidPostcode,
  legacyName: d.giftAidName,
});

/**
 * Every gift with a Gift Aid declaration paid in the period (UK days), each judged claimable (with
 * its schedule line) or not (with the reason), oldest first. Read inside the claim's transaction,
 * so what is claimed is what was judged.
 */
export async function giftAidSheet(db: Prisma.TransactionClient, period: TGiftAidPeriod): Promise<TGiftAidSheet> {
  // A day either side in UTC covers the UK's offset; each gift's own UK day decides.
  const paidAt = { gte: new Date(Date.parse(period.from) - DAY), lt: new Date(Date.parse(period.to) + 2 * DAY) };
  const [oneOffs, instalments] = await Promise.all([
    db.donation.findMany({
      where: { frequency: "ONE_OFF", giftAid: true, paidAt },
      select: {
        ...DECLARATION,
        amount: true,
        paidAt: true,
        giftAidClaimGifts: { where: { paymentId: null }, ...CLAIM },
      },
    }),
    db.donationPayment.findMany({
      where: { paid: true, paidAt, donation: { giftAid: true } },
      select: {
        id: true,
        amount: true,
        currency: true,
        paidAt: true,
        amountRefunded: true,
        donation: { select: DECLARATION },
        giftAidClaimGifts: CLAIM,
      },
    }),
  ]);
  // Refunds a monthly donation holds beyond those tied to its instalments.
  const tied = await db.donationPayment.groupBy({
    by: ["donationId"],
    where: { donationId: { in: [...new Set(instalments.map((p) => p.donation.id))] } },
    _sum: { amountRefunded: true },
  });
  const tiedBy = new Map(tied.map((t) => [t.donationId, t._sum.amountRefunded ?? 0]));
  const candidates: TGiftCandidate[] = [
    ...oneOffs.map((d) => ({
      key: `donation:${d.id}`,
      donationId: d.id,
      paymentId: null,
      amount: d.amount,
      currency: d.currency,
      paidAt: d.paidAt!,
      refunded: d.amountRefunded,
      unmatchedRefund: false,
      declaration: declarationOf(d),
      claimedIn: d.giftAidClaimGifts[0]?.claim.reference ?? null,
    })),
    ...instalments.map((p) => ({
      key: `payment:${p.id}`,
      donationId: p.donation.id,
      paymentId: p.id,
      amount: p.amount,
      currency: p.currency,
      paidAt: p.paidAt!,
      refunded: p.amountRefunded,
      unmatchedRefund: p.donation.amountRefunded > (tiedBy.get(p.donation.id) ?? 0),
      declaration: declarationOf(p.donation),
      claimedIn: p.giftAidClaimGifts[0]?.claim.reference ?? null,
    })),
  ];
  const sheet: TGiftAidSheet = { claimable: [], notClaimable: [] };
  const inPeriod = candidates
    .map((c) => ({ c, date: ukDate(c.paidAt) }))
    .filter(({ date }) => date >= period.from && date <= period.to)
    .sort((a, b) => a.c.paidAt.getTime() - b.c.paidAt.getTime() || a.c.key.localeCompare(b.c.key));
  for (const { c, date } of inPeriod) {
    const gift = { key: c.key, donationId: c.donationId, paymentId: c.paymentId, date, amount: c.amount };
    const verdict = judgeGift(c);
    if (verdict.claimable) sheet.claimable.push({ ...gift, line: verdict.line });
    else sheet.notClaimable.push({ ...gift, code: verdict.code, reason: verdict.reason, name: nameOf(c) });
  }
  return sheet;
}

/** Who gave a gift that cannot be claimed, as the declaration has it, for the organiser to find it. */
function nameOf(c: TGiftCandidate): string {
  const d = c.declaration;
  return [d.firstName, d.lastName].filter(Boolean).join(" ") || d.legacyName || "(no name)";
}
