import { recordAudit } from "../audit/record-audit";
import type { PrismaClient } from "../db/client";

const DAY = 86_400_000;

/*
 * Each donor record's end, and what survives it (issue 27). Run daily by the worker
 * (lib/jobs/donor-retention-job.ts); running it twice changes nothing more.
 *
 * - A gift (Donation): its donor (email, name, Stripe customer, checkout, payment and subscription
 *   ids, the manage link) goes two years after the gift: a one-off gift's payment or refund, a
 *   monthly gift's end (it is kept while the gift runs). Long enough for refunds, disputes and a
 *   donor's questions. The Stripe customer is then deleted (lib/donations/stripe-customer-deletions.ts).
 * - An instalment (DonationPayment): holds no person (amount, date, Stripe's invoice id); kept.
 * - A Gift Aid declaration (the Donation's giftAid* fields): kept for the time HMRC asks charities
 *   to keep Gift Aid records, six years after the end of the accounting period the latest gift it
 *   covers belongs to (a monthly gift's latest instalment; kept while the gift runs). The accounting
 *   period is assumed to be the charity's financial year ending ACCOUNTING_YEAR_END (default 31 March).
 *   After it: that there was a declaration, its wording's version and date.
 * - A claim (GiftAidClaim, GiftAidClaimGift): holds no person (reference, period, and each gift's
 *   date and amount as claimed); kept as part of the accounts.
 *
 * What survives a gift: amount, currency, frequency, status, dates, refunds, whether Gift Aid was
 * declared, its instalments and claims, its Stripe events (ids and types only).
 */
export const DONOR_RETENTION = {
  giftDonorDays: 730,
  giftAidYears: 6,
} as const;

/** "MM-DD": the last day of the charity's financial year. */
const DEFAULT_ACCOUNTING_YEAR_END = "03-31";

/**
 * Gift Aid records of gifts made before this moment are past their six years at `now`: the start of
 * the day after the latest year end whose six years (to the end of its day) have passed.
 */
export function giftAidCutoff(now: number, accountingYearEnd: string): Date {
  const [month, day] = accountingYearEnd.split("-").map(Number);
  const at = new Date(now);
  const back = new Date(
    Date.UTC(
      at.getUTCFullYear() - DONOR_RETENTION.giftAidYears,
      at.getUTCMonth(),
      at.getUTCDate(),
      at.getUTCHours(),
      at.getUTCMinutes(),
      at.getUTCSeconds(),
      at.getUTCMilliseconds(),
    ) - DAY,
  );
  let yearEnd = Date.UTC(back.getUTCFullYear(), month - 1, day);
  if (yearEnd > back.getTime()) yearEnd = Date.UTC(back.getUTCFullYear() - 1, month - 1, day);
  return new Date(yearEnd + DAY);
}

export type TDonorRetentionCounts = { giftDonorsErased: number; declarationsErased: number };

export async function runDonorRetention(
  db: PrismaClient,
  now: number,
  accountingYearEnd: string = DEFAULT_ACCOUNTING_YEAR_END,
): Promise<TDonorRetentionCounts> {
  const at = new Date(now);
  const giftBefore = new Date(now - DONOR_RETENTION.giftDonorDays * DAY);
  const giftAidBefore = giftAidCutoff(now, accountingYearEnd);
  const counts = await db.$transaction(
    async (tx) => {
      // A Stripe customer is deleted once none of its gifts still needs it.
      const giftDonorsErased = await tx.$executeRaw`
        WITH due AS (
          SELECT d."id", d."stripeCustomerId" FROM "Donation" d
          WHERE (d."donorEmail" IS NOT NULL OR d."donorName" IS NOT NULL OR d."stripeCustomerId" IS NOT NULL)
            AND CASE WHEN d."frequency" = 'ONE_OFF'
              THEN greatest(coalesce(d."paidAt", d."completedAt", d."createdAt"), d."refundedAt") < ${giftBefore}
              ELSE d."status" NOT IN ('ACTIVE', 'PAST_DUE') AND greatest(
                coalesce(d."canceledAt", d."completedAt", d."createdAt"),
                (SELECT max(p."paidAt") FROM "DonationPayment" p WHERE p."donationId" = d."id")) < ${giftBefore}
            END),
        queued AS (
          INSERT INTO "StripeCustomerDeletion" ("customerId", "queuedAt", "nextAttemptAt")
          SELECT DISTINCT due."stripeCustomerId", ${at}::timestamp, ${at}::timestamp FROM due
          WHERE due."stripeCustomerId" IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM "Donation" o
            WHERE o."stripeCustomerId" = due."stripeCustomerId" AND o."id" NOT IN (SELECT "id" FROM due))
          ON CONFLICT DO NOTHING)
        UPDATE "Donation" d SET "donorEmail" = NULL, "donorName" = NULL, "stripeCustomerId" = NULL,
          "stripeCheckoutSessionId" = NULL, "stripePaymentIntentId" = NULL, "stripeSubscriptionId" = NULL,
          "manageTokenHash" = NULL, "manageTokenExpiresAt" = NULL,
          "personErasedAt" = coalesce(d."personErasedAt", ${at})
        FROM due WHERE d."id" = due."id"`;
      const declarationsErased = await tx.$executeRaw`
        UPDATE "Donation" d SET "giftAidTitle" = NULL, "giftAidFirstName" = NULL, "giftAidLastName" = NULL,
          "giftAidHouse" = NULL, "giftAidPostcode" = NULL, "giftAidName" = NULL, "giftAidAddress" = NULL,
          "personErasedAt" = coalesce(d."personErasedAt", ${at})
        WHERE (d."giftAidFirstName" IS NOT NULL OR d."giftAidLastName" IS NOT NULL OR d."giftAidHouse" IS NOT NULL
            OR d."giftAidPostcode" IS NOT NULL OR d."giftAidName" IS NOT NULL OR d."giftAidAddress" IS NOT NULL
            OR d."giftAidTitle" IS NOT NULL)
          AND NOT (d."frequency" = 'MONTHLY' AND d."status" IN ('ACTIVE', 'PAST_DUE'))
          AND coalesce(
            (SELECT max(p."paidAt") FROM "DonationPayment" p WHERE p."donationId" = d."id" AND p."paid"),
            d."paidAt", d."completedAt", d."createdAt") < ${giftAidBefore}`;
      return { giftDonorsErased, declarationsErased };
    },
    { timeout: 120_000 },
  );
  await recordAudit(db, "system", "donor-retention", null, counts);
  return counts;
}
