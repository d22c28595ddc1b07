import { donationWhere, type TDonationFilters } from "../donations/donation-filters";
import { countRows, isoTime, pounds, streamCopyCsv, userText, type TExportQuery } from "./copy-csv";

// The CRM shape: one row per donation, with who gave, what, how it stands and its Gift Aid
// declaration. Amounts in pounds (or the gift's currency) to two decimals.
const HEADERS = [
  "donation_id",
  "created_at",
  "paid_at",
  "frequency",
  "status",
  "amount",
  "currency",
  "amount_refunded",
  "instalments_paid",
  "instalments_failed",
  "donor_name",
  "email",
  "gift_aid",
  "gift_aid_title",
  "gift_aid_first_name",
  "gift_aid_last_name",
  "gift_aid_house",
  "gift_aid_postcode",
  "gift_aid_declared_at",
  "gift_aid_cancelled_at",
  "source",
  "utm_source",
  "utm_medium",
  "utm_campaign",
  "embed_origin",
  "stripe_customer",
  "stripe_payment_intent",
  "stripe_subscription",
] as const;

const instalments = (paid: boolean) =>
  `(SELECT count(*) FROM "DonationPayment" p WHERE p."donationId" = d."id" AND ${paid ? "" : "NOT "}p."paid")`;

const COLUMNS = [
  'd."id"',
  isoTime('d."createdAt"'),
  isoTime('d."paidAt"'),
  `lower(d."frequency"::text)`,
  `lower(d."status"::text)`,
  pounds('d."amount"'),
  'd."currency"',
  pounds('d."amountRefunded"'),
  instalments(true),
  instalments(false),
  userText('d."donorName"'),
  userText('d."donorEmail"'),
  `CASE WHEN NOT d."giftAid" THEN 'no' WHEN d."giftAidCancelledAt" IS NOT NULL THEN 'cancelled' ELSE 'yes' END`,
  userText('d."giftAidTitle"'),
  userText('d."giftAidFirstName"'),
  userText('d."giftAidLastName"'),
  userText('d."giftAidHouse"'),
  userText('d."giftAidPostcode"'),
  isoTime('d."giftAidDeclaredAt"'),
  isoTime('d."giftAidCancelledAt"'),
  userText('d."sourcePath"'),
  userText('d."utmSource"'),
  userText('d."utmMedium"'),
  userText('d."utmCampaign"'),
  userText('d."embedOrigin"'),
  'd."stripeCustomerId"',
  'd."stripePaymentIntentId"',
  'd."stripeSubscriptionId"',
];

function exportQuery(filters: TDonationFilters): TExportQuery {
  const { sql, params } = donationWhere(filters);
  return { columns: COLUMNS, from: `"Donation" d`, where: sql, orderBy: `d."createdAt", d."id"`, params };
}

export function countDonationRows(databaseUrl: string, filters: TDonationFilters): Promise<number> {
  return countRows(databaseUrl, exportQuery(filters));
}

/** The donations as CSV, streamed from Postgres's COPY (lib/export/copy-csv.ts). */
export function streamDonationsCsv(
  databaseUrl: string,
  filters: TDonationFilters,
  onDone: (rows: number) => Promise<void>,
): ReadableStream<Uint8Array> {
  return streamCopyCsv(databaseUrl, HEADERS, exportQuery(filters), onDone);
}

export function donationsFilename(campaignSlug: string, now = new Date()): string {
  return `donations-${campaignSlug}-${now.toISOString().slice(0, 10)}.csv`;
}
