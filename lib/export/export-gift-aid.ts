import { pounds, streamCopyCsv, userText, type TExportQuery } from "./copy-csv";

/** HMRC's Charities Online Gift Aid schedule, its columns in the spreadsheet's order. */
export const GIFT_AID_SCHEDULE_HEADERS = [
  "Title",
  "First name",
  "Last name",
  "House name or number",
  "Postcode",
  "Aggregated donations",
  "Sponsored event",
  "Donation date",
  "Amount",
] as const;

// One line per gift as claimed (its date and amount kept with the claim), the donor as declared.
// HMRC asks for a space, not a hyphen, in a double-barrelled last name; dates as DD/MM/YY; amounts
// without a £ sign, to two decimals. Aggregated donations and sponsored events stay empty: every
// line is one person's gift. Names are neutralised like every other exported cell.
function scheduleQuery(claimId: string): TExportQuery {
  return {
    columns: [
      userText('d."giftAidTitle"'),
      userText('d."giftAidFirstName"'),
      userText(`replace(d."giftAidLastName", '-', ' ')`),
      userText('d."giftAidHouse"'),
      userText('d."giftAidPostcode"'),
      "NULL",
      "NULL",
      `to_char(g."giftDate", 'DD/MM/YY')`,
      pounds('g."amount"'),
    ],
    from: `"GiftAidClaimGift" g JOIN "Donation" d ON d."id" = g."donationId"`,
    where: `g."claimId" = $1`,
    orderBy: `g."giftDate", g."giftKey"`,
    params: [claimId],
  };
}

/** A claim's schedule as CSV, streamed from Postgres's COPY (lib/export/copy-csv.ts). */
export function streamGiftAidScheduleCsv(
  databaseUrl: string,
  claimId: string,
  onDone: (rows: number) => Promise<void>,
): ReadableStream<Uint8Array> {
  return streamCopyCsv(databaseUrl, GIFT_AID_SCHEDULE_HEADERS, scheduleQuery(claimId), onDone);
}

/** "gift-aid-2026-Q4.csv": the claim's reference, kept to characters every file system takes. */
export function giftAidScheduleFilename(reference: string): string {
  return `gift-aid-${reference.replace(/[^A-Za-z0-9._-]+/g, "-").slice(0, 60)}.csv`;
}
