import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireOrganiserPage } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/get-db";
import { formatMoney } from "@/lib/i18n/format-money";
import { getGiftAidClaim } from "@/lib/donations/gift-aid-claims";
import { giftCount } from "@/lib/donations/gift-aid-rules";

export const metadata: Metadata = { title: "Gift Aid claim", robots: { index: false } };

const day = (d: Date) => d.toISOString().slice(0, 10);

export default async function GiftAidClaimPage({ params }: { params: Promise<{ id: string }> }) {
  await requireOrganiserPage();
  const { id } = await params;
  const claim = await getGiftAidClaim(getDb(), id);
  if (!claim) notFound();
  const total = claim.gifts.reduce((sum, g) => sum + g.amount, 0);
  return (
    <>
      <p>
        <Link href="/admin/donations/gift-aid">All Gift Aid claims</Link>
      </p>
      <h1>Gift Aid claim {claim.reference}</h1>
      <p data-testid="claim-summary">
        {giftCount(claim.gifts.length)}, {formatMoney(total, "gbp")}, paid from {day(claim.periodFrom)} to{" "}
        {day(claim.periodTo)}. Made by {claim.createdBy} on{" "}
        {claim.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC. These gifts are marked claimed and are never
        offered for another claim.
      </p>
      <p>
        <a className="button button-primary" href={`/api/export/gift-aid/${claim.id}`} data-testid="schedule-download">
          Download the schedule (CSV)
        </a>
      </p>
      <p className="note">
        The columns are HMRC&apos;s, in the order of its Charities Online schedule: copy the rows into its spreadsheet
        and attach that to the claim. Every download is written to the audit log.
      </p>
      <table className="admin-table" data-testid="claim-gifts">
        <thead>
          <tr>
            <th scope="col">Paid</th>
            <th scope="col">Donor</th>
            <th scope="col">Postcode</th>
            <th scope="col">Gift</th>
            <th scope="col">Amount</th>
          </tr>
        </thead>
        <tbody>
          {claim.gifts.map((g) => (
            <tr key={g.id}>
              <td>
                <Link href={`/admin/donations/${g.donationId}`}>{day(g.giftDate)}</Link>
              </td>
              <td>
                {[g.donation.giftAidTitle, g.donation.giftAidFirstName, g.donation.giftAidLastName]
                  .filter(Boolean)
                  .join(" ")}
              </td>
              <td>{g.donation.giftAidPostcode}</td>
              <td>{g.paymentId ? "monthly instalment" : "one-off"}</td>
              <td>{formatMoney(g.amount, "gbp")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
