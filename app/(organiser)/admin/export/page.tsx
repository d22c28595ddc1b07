import type { Metadata } from "next";
import Link from "next/link";
import { ExportDownload } from "@/components/admin/ExportDownload";
import { requireOrganiserPage } from "@/lib/auth/guards";
import { CAMPAIGN_SLUG } from "@/lib/campaign/campaign-slug";
import { listCountryChoices } from "@/lib/campaign/queries";
import { exportFilename, ZExportFilters } from "@/lib/export/export-signatures";
import { getDb } from "@/lib/db/get-db";
import { englishOfZod } from "@/lib/reasons/reason";

export const metadata: Metadata = { title: "Export signatures", robots: { index: false } };

export default async function ExportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireOrganiserPage("ADMIN");
  const raw = Object.fromEntries(Object.entries(await searchParams).filter(([, v]) => typeof v === "string")) as Record<
    string,
    string
  >;
  const parsed = ZExportFilters.safeParse(raw);
  const filters = parsed.success ? parsed.data : ZExportFilters.parse({});
  const countries = await listCountryChoices(getDb());
  const query = new URLSearchParams(
    Object.entries(filters).filter(([, v]) => v !== undefined) as [string, string][],
  ).toString();
  return (
    <>
      <h1>Export signatures</h1>
      {!parsed.success ? (
        <p className="form-error" role="alert">
          {englishOfZod(parsed.error.issues[0].message)}
        </p>
      ) : null}
      <form className="admin-form" data-testid="export-filters">
        <div className="field">
          <label htmlFor="shape">Shape</label>
          <select id="shape" name="shape" defaultValue={filters.shape}>
            <option value="crm">CRM: names, emails, consent</option>
            <option value="delivery">
              Hand-in list: the confirmed signers who asked to be named, name and country
            </option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="from">Signed from (YYYY-MM-DD)</label>
          <input id="from" name="from" type="date" defaultValue={filters.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="to">Signed until (YYYY-MM-DD)</label>
          <input id="to" name="to" type="date" defaultValue={filters.to ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="status">Which signatures</label>
          <select id="status" name="status" defaultValue={filters.status}>
            <option value="confirmed">Confirmed only</option>
            <option value="all">Confirmed and pending</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="optIn">Updates consent</label>
          <select id="optIn" name="optIn" defaultValue={filters.optIn}>
            <option value="only">Opted in (and not unsubscribed since) only</option>
            <option value="all">Everyone</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="country">Signed on a country page</label>
          <select id="country" name="country" defaultValue={filters.country ?? ""}>
            <option value="">Any page</option>
            {countries.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          Apply filters
        </button>
      </form>
      {filters.shape === "delivery" ? (
        <p className="note" data-testid="handin-filters-note">
          The hand-in list always names every confirmed signer who asked to be named, with their name and country only:
          the other filters apply to the CRM export, not to it.
        </p>
      ) : null}
      <p>
        <a className="button" href={`/api/export/signatures?${query}`} data-testid="export-link">
          Download CSV
        </a>
      </p>
      <ExportDownload query={query} filename={exportFilename(CAMPAIGN_SLUG, filters.shape)} />
      <p className="note">Every export is written to the audit log with its filters and row count.</p>
      <p>
        Donations are exported from the <Link href="/admin/donations">donations list</Link>, with its filters, and Gift
        Aid schedules from each <Link href="/admin/donations/gift-aid">Gift Aid claim</Link>.
      </p>
    </>
  );
}
