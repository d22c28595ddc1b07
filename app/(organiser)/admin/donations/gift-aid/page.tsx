import type { Metadata } from "next";
import Link from "next/link";
import { AdminForm } from "@/components/admin/AdminForm";
import { requireOrganiserPage } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/get-db";
import { formatMoney } from "@/lib/i18n/format-money";
import { listGiftAidClaims, MAX_SCHEDULE_LINES } from "@/lib/donations/gift-aid-claims";
import { giftCount, taxYearSoFar } from "@/lib/donations/gift-aid-rules";
import { giftAidSheet, ZGiftAidPeriod } from "@/lib/donations/gift-aid-sheet";
import { createGiftAidClaimAction } from "../../actions/donations";
import { englishOfZod } from "@/lib/reasons/reason";

export const metadata: Metadata = { title: "Gift Aid claims", robots: { index: false } };

const pounds = (minor: number) => formatMoney(minor, "gbp");
const day = (d: Date) => d.toISOString().slice(0, 10);

export default async function GiftAidPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireOrganiserPage();
  const params = await searchParams;
  const asked = typeof params.from === "string" || typeof params.to === "string";
  const parsed = ZGiftAidPeriod.safeParse(asked ? { from: params.from, to: params.to } : taxYearSoFar(new Date()));
  const period = parsed.success ? parsed.data : null;
  const [sheet, claims] = await Promise.all([
    period ? giftAidSheet(getDb(), period) : null,
    listGiftAidClaims(getDb()),
  ]);
  const total = sheet?.claimable.reduce((sum, g) => sum + g.amount, 0) ?? 0;
  return (
    <>
      <p>
        <Link href="/admin/donations">All donations</Link>
      </p>
      <h1>Gift Aid claims</h1>
      <p>
        A gift can be claimed when it was paid and not refunded, in pounds, under a declaration the donor has not
        cancelled, with their first and last name, house name or number and UK postcode. Each paid instalment of a
        monthly gift is a gift of its own. A claimed gift is never offered again.
      </p>
      <form className="admin-form" data-testid="gift-aid-period">
        <div className="field">
          <label htmlFor="from">Gifts paid from (YYYY-MM-DD)</label>
          <input id="from" name="from" type="date" required defaultValue={period?.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="to">Gifts paid until (YYYY-MM-DD)</label>
          <input id="to" name="to" type="date" required defaultValue={period?.to ?? ""} />
        </div>
        <button type="submit" className="button">
          Show the gifts
        </button>
      </form>
      {!parsed.success ? (
        <p className="form-error" role="alert">
          {englishOfZod(parsed.error.issues[0].message)}
        </p>
      ) : null}
      {sheet && period ? (
        <>
          <h2>
            Claimable: {giftCount(sheet.claimable.length)}, {pounds(total)}
          </h2>
          {sheet.claimable.length ? (
            <table className="admin-table" data-testid="claimable-gifts">
              <thead>
                <tr>
                  <th scope="col">Paid</th>
                  <th scope="col">Donor</th>
                  <th scope="col">House name or number</th>
                  <th scope="col">Postcode</th>
                  <th scope="col">Amount</th>
                </tr>
              </thead>
              <tbody>
                {sheet.claimable.map((g) => (
                  <tr key={g.key}>
                    <td>
                      <Link href={`/admin/donations/${g.donationId}`}>{g.date}</Link>
                    </td>
                    <td>{[g.line.title, g.line.firstName, g.line.lastName].filter(Boolean).join(" ")}</td>
                    <td>{g.line.house}</td>
                    <td>{g.line.postcode}</td>
                    <td>{pounds(g.amount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p data-testid="nothing-to-claim">No gift paid in this period is left to claim.</p>
          )}
          <AdminForm
            action={createGiftAidClaimAction}
            submitLabel={`Claim ${giftCount(sheet.claimable.length)} and make the schedule`}
            testId="claim-form"
          >
            <p>
              The gifts above are marked claimed under your reference, at once and for good, and the claim&apos;s
              schedule (HMRC&apos;s columns) is ready to download and attach to the claim in Charities Online. HMRC
              takes up to {MAX_SCHEDULE_LINES.toLocaleString("en-GB")} lines in one schedule; any more wait for the next
              claim.
            </p>
            <input type="hidden" name="from" value={period.from} />
            <input type="hidden" name="to" value={period.to} />
            <input type="hidden" name="expected" value={sheet.claimable.length} />
            <div className="field">
              <label htmlFor="reference">Claim reference</label>
              <input id="reference" name="reference" required maxLength={60} />
            </div>
          </AdminForm>
          <h2>Not claimable: {giftCount(sheet.notClaimable.length)}</h2>
          {sheet.notClaimable.length ? (
            <table className="admin-table" data-testid="not-claimable-gifts">
              <thead>
                <tr>
                  <th scope="col">Paid</th>
                  <th scope="col">Donor</th>
                  <th scope="col">Amount</th>
                  <th scope="col">Why not</th>
                </tr>
              </thead>
              <tbody>
                {sheet.notClaimable.map((g) => (
                  <tr key={g.key}>
                    <td>
                      <Link href={`/admin/donations/${g.donationId}`}>{g.date}</Link>
                    </td>
                    <td>{g.name}</td>
                    <td>{pounds(g.amount)}</td>
                    <td>{g.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </>
      ) : null}
      <h2>Claims made</h2>
      {claims.length ? (
        <table className="admin-table" data-testid="gift-aid-claims">
          <thead>
            <tr>
              <th scope="col">Reference</th>
              <th scope="col">Period</th>
              <th scope="col">Gifts</th>
              <th scope="col">Total</th>
              <th scope="col">Made by</th>
              <th scope="col">On</th>
            </tr>
          </thead>
          <tbody>
            {claims.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link href={`/admin/donations/gift-aid/${c.id}`}>{c.reference}</Link>
                </td>
                <td>
                  {day(c.periodFrom)} to {day(c.periodTo)}
                </td>
                <td>{c.gifts.toLocaleString("en-GB")}</td>
                <td>{pounds(c.total)}</td>
                <td>{c.createdBy}</td>
                <td>{day(c.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>No claim made yet.</p>
      )}
    </>
  );
}
