import type { Metadata } from "next";
import Link from "next/link";
import { requireOrganiserPage } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/get-db";
import { formatMoney } from "@/lib/i18n/format-money";
import { DONATION_STATUSES, ZDonationFilters } from "@/lib/donations/donation-filters";
import { searchDonations } from "@/lib/donations/donations-admin";
import { englishOfZod } from "@/lib/reasons/reason";

export const metadata: Metadata = { title: "Donations", robots: { index: false } };

export default async function DonationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireOrganiserPage();
  const params = await searchParams;
  const raw = Object.fromEntries(Object.entries(params).filter(([, v]) => typeof v === "string")) as Record<
    string,
    string
  >;
  const parsed = ZDonationFilters.safeParse(raw);
  const filters = parsed.success ? parsed.data : ZDonationFilters.parse({});
  const page = Math.max(1, Math.min(100_000, Number.parseInt(raw.page ?? "1", 10) || 1));
  const { rows, total, pages } = await searchDonations(getDb(), filters, page);
  const query = Object.entries(filters).filter(([, v]) => v !== undefined) as [string, string][];
  const link = (p: number) => `/admin/donations?${new URLSearchParams([...query, ["page", String(p)]])}`;
  const when = (d: Date) => d.toISOString().slice(0, 16).replace("T", " ");
  return (
    <>
      <h1>Donations</h1>
      <p>
        <Link href="/admin/donations/gift-aid">Gift Aid claims</Link>
      </p>
      {!parsed.success ? (
        <p className="form-error" role="alert">
          {englishOfZod(parsed.error.issues[0].message)}
        </p>
      ) : null}
      <form className="admin-form" role="search" data-testid="donation-filters">
        <div className="field">
          <label htmlFor="q">Search by donor name, whole email address, or a donation or Stripe id</label>
          <input id="q" name="q" defaultValue={filters.q ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="status">Status</label>
          <select id="status" name="status" defaultValue={filters.status ?? ""}>
            <option value="">Any</option>
            {DONATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s.toLowerCase().replaceAll("_", " ")}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="frequency">One-off or monthly</label>
          <select id="frequency" name="frequency" defaultValue={filters.frequency ?? ""}>
            <option value="">Both</option>
            <option value="ONE_OFF">One-off</option>
            <option value="MONTHLY">Monthly</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="from">Started from (YYYY-MM-DD)</label>
          <input id="from" name="from" type="date" defaultValue={filters.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="to">Started until (YYYY-MM-DD)</label>
          <input id="to" name="to" type="date" defaultValue={filters.to ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="giftAid">Gift Aid</label>
          <select id="giftAid" name="giftAid" defaultValue={filters.giftAid ?? ""}>
            <option value="">Any</option>
            <option value="yes">Declared</option>
            <option value="cancelled">Declaration cancelled</option>
            <option value="no">None</option>
          </select>
        </div>
        <button type="submit" className="button">
          Apply filters
        </button>
      </form>
      <p>
        {total.toLocaleString("en-GB")} found. Page {page} of {pages}.{" "}
        <a href={`/api/export/donations?${new URLSearchParams(query)}`} data-testid="donations-export">
          Download these as CSV
        </a>{" "}
        (with emails; written to the audit log).
      </p>
      <table className="admin-table" data-testid="donation-results">
        <thead>
          <tr>
            <th scope="col">Started</th>
            <th scope="col">Donor</th>
            <th scope="col">Amount</th>
            <th scope="col">Status</th>
            <th scope="col">Refunded</th>
            <th scope="col">Instalments paid / failed</th>
            <th scope="col">Gift Aid</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <Link href={`/admin/donations/${r.id}`}>{when(r.createdAt)}</Link>
              </td>
              <td>{r.donorName ?? "–"}</td>
              <td>
                {formatMoney(r.amount, r.currency)}
                {r.frequency === "MONTHLY" ? " a month" : ""}
              </td>
              <td>{r.status.toLowerCase().replace("_", " ")}</td>
              <td>{r.amountRefunded ? formatMoney(r.amountRefunded, r.currency) : "–"}</td>
              <td>{r.frequency === "MONTHLY" ? `${r.paidInstalments} / ${r.failedInstalments}` : "–"}</td>
              <td>{r.giftAid ? (r.giftAidCancelled ? "cancelled" : "yes") : "no"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav aria-label="Pages" className="pager">
        {page > 1 ? <Link href={link(page - 1)}>Previous page</Link> : null}{" "}
        {page < pages ? <Link href={link(page + 1)}>Next page</Link> : null}
      </nav>
    </>
  );
}
