import type { Metadata } from "next";
import Link from "next/link";
import { AdminForm } from "@/components/admin/AdminForm";
import { listInvalidationBatches, searchSignatures, ZSignatureListFilters } from "@/lib/admin/signatures-admin";
import { requireOrganiserPage } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/get-db";
import { bulkInvalidateAction, undoBulkInvalidationAction } from "../actions/signatures";

export const metadata: Metadata = { title: "Signatures", robots: { index: false } };

export default async function SignaturesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const organiser = await requireOrganiserPage();
  const params = await searchParams;
  const q = typeof params.q === "string" ? params.q.slice(0, 100) : "";
  const page = Math.max(1, Math.min(100_000, Number.parseInt(String(params.page ?? "1"), 10) || 1));
  const filters = ZSignatureListFilters.parse({ status: params.status, named: params.named, updates: params.updates });
  const { rows, total, pages } = await searchSignatures(getDb(), q, page, filters);
  const kept = Object.fromEntries(Object.entries({ q, ...filters }).filter(([, v]) => v)) as Record<string, string>;
  const link = (p: number) => `/admin/signatures?${new URLSearchParams({ ...kept, page: String(p) })}`;
  return (
    <>
      <h1>Signatures</h1>
      <form className="admin-form" role="search">
        <div className="field">
          <label htmlFor="q">Search by name or email</label>
          <input id="q" name="q" defaultValue={q} />
        </div>
        <div className="field">
          <label htmlFor="status">Status</label>
          <select id="status" name="status" defaultValue={filters.status ?? ""}>
            <option value="">Any</option>
            <option value="CONFIRMED">Confirmed</option>
            <option value="PENDING">Pending</option>
            <option value="INVALIDATED">Invalidated</option>
            <option value="ERASED">Erased</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="named">Asked to be named on the hand-in list</label>
          <select id="named" name="named" defaultValue={filters.named ?? ""}>
            <option value="">Either</option>
            <option value="yes">Yes</option>
            <option value="no">No</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="updates">Updates by email</label>
          <select id="updates" name="updates" defaultValue={filters.updates ?? ""}>
            <option value="">Any</option>
            <option value="yes">Opted in, receiving</option>
            <option value="no">Not opted in</option>
            <option value="stopped">Stopped (unsubscribed)</option>
          </select>
        </div>
        <button type="submit" className="button">
          Search
        </button>
      </form>
      <p>
        {total.toLocaleString("en-GB")} found. Page {page} of {pages}.
      </p>
      <table className="admin-table" data-testid="signature-results">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Status</th>
            <th scope="col">Country</th>
            <th scope="col">Named</th>
            <th scope="col">Updates</th>
            <th scope="col">Signed</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <Link href={`/admin/signatures/${r.id}`}>
                  {r.firstName || r.lastName ? `${r.firstName ?? ""} ${r.lastName ?? ""}` : "(erased)"}
                </Link>
              </td>
              <td>{r.email ?? "–"}</td>
              <td>{r.status}</td>
              <td>{r.signerCountry ?? "–"}</td>
              <td>{r.handInConsent ? "Yes" : "No"}</td>
              <td>{r.unsubscribedAt ? "Stopped" : r.optIn ? "Yes" : "No"}</td>
              <td>{r.createdAt.toISOString().slice(0, 16).replace("T", " ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav aria-label="Pages" className="pager">
        {page > 1 ? <Link href={link(page - 1)}>Previous page</Link> : null}{" "}
        {page < pages ? <Link href={link(page + 1)}>Next page</Link> : null}
      </nav>
      {organiser.role === "ADMIN" ? <BulkInvalidation /> : null}
    </>
  );
}

// Admins only (the page checks the role; the actions check it again).
async function BulkInvalidation() {
  const batches = await listInvalidationBatches(getDb());
  return (
    <>
      <h2>Invalidate a wave of bot signatures</h2>
      <p>
        First press the button without a number: it counts the live signatures that match. Then enter that number to
        invalidate them. Whole public mail providers (such as gmail.com) are refused.
      </p>
      <AdminForm
        action={bulkInvalidateAction}
        submitLabel="Count, or invalidate with the number"
        danger
        testId="bulk-invalidate"
      >
        <div className="field">
          <label htmlFor="by">Match on</label>
          <select id="by" name="by">
            <option value="domain">Email domain</option>
            <option value="connection">Same connection as signature (its id)</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="value">Domain or signature id</label>
          <input id="value" name="value" required />
        </div>
        <div className="field">
          <label htmlFor="confirmCount">Number to confirm (leave empty to count first)</label>
          <input id="confirmCount" name="confirmCount" inputMode="numeric" />
        </div>
      </AdminForm>
      {batches.length ? (
        <table className="admin-table" data-testid="invalidation-batches">
          <caption>Recent bulk invalidations</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Match</th>
              <th scope="col">Signatures</th>
              <th scope="col">By</th>
              <th scope="col">Undo</th>
            </tr>
          </thead>
          <tbody>
            {batches.map((b) => (
              <tr key={b.id}>
                <td>{b.createdAt.toISOString().slice(0, 16).replace("T", " ")}</td>
                <td>
                  {b.matchBy}: {b.matchValue}
                </td>
                <td>{b.count.toLocaleString("en-GB")}</td>
                <td>{b.actorEmail}</td>
                <td>
                  {b.undoneAt ? (
                    `Undone by ${b.undoneBy}`
                  ) : (
                    <AdminForm
                      action={undoBulkInvalidationAction.bind(null, b.id)}
                      submitLabel="Undo"
                      testId={`undo-${b.id}`}
                    >
                      <span />
                    </AdminForm>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
