import type { Metadata } from "next";
import Link from "next/link";
import { AdminForm } from "@/components/admin/AdminForm";
import { searchSignatures } from "@/lib/admin/signatures-admin";
import { requireOrganiserPage } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";
import { bulkInvalidateAction } from "../actions/signatures";

export const metadata: Metadata = { title: "Signatures", robots: { index: false } };

export default async function SignaturesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireOrganiserPage();
  const params = await searchParams;
  const q = typeof params.q === "string" ? params.q.slice(0, 100) : "";
  const page = Math.max(1, Math.min(100_000, Number.parseInt(String(params.page ?? "1"), 10) || 1));
  const { rows, total, pages } = await searchSignatures(getDb(), q, page);
  const link = (p: number) => `/admin/signatures?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`;
  return (
    <>
      <h1>Signatures</h1>
      <form className="admin-form" role="search">
        <div className="field"><label htmlFor="q">Search by name or email</label><input id="q" name="q" defaultValue={q} /></div>
        <button type="submit" className="button">Search</button>
      </form>
      <p>{total.toLocaleString("en-GB")} found. Page {page} of {pages}.</p>
      <table className="admin-table" data-testid="signature-results">
        <thead><tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Status</th><th scope="col">Country</th><th scope="col">Signed</th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td><Link href={`/admin/signatures/${r.id}`}>{r.firstName || r.lastName ? `${r.firstName ?? ""} ${r.lastName ?? ""}` : "(erased)"}</Link></td>
              <td>{r.email ?? "–"}</td><td>{r.status}</td><td>{r.signerCountry ?? "–"}</td><td>{r.createdAt.toISOString().slice(0, 16).replace("T", " ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav aria-label="Pages" className="pager">
        {page > 1 ? <Link href={link(page - 1)}>Previous page</Link> : null} {page < pages ? <Link href={link(page + 1)}>Next page</Link> : null}
      </nav>
      <h2>Invalidate a wave of bot signatures</h2>
      <AdminForm action={bulkInvalidateAction} submitLabel="Invalidate all of them" danger testId="bulk-invalidate">
        <div className="field">
          <label htmlFor="by">Match on</label>
          <select id="by" name="by"><option value="domain">Email domain</option><option value="ipHash">Address hash</option></select>
        </div>
        <div className="field"><label htmlFor="value">Domain or hash</label><input id="value" name="value" required /></div>
      </AdminForm>
    </>
  );
}
