import type { Metadata } from "next";
import { requireOrganiserPage } from "@/lib/auth/guards";
import { listAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db/get-db";

export const metadata: Metadata = { title: "Audit log", robots: { index: false } };

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireOrganiserPage("ADMIN");
  const action = (await searchParams).action;
  const filter = typeof action === "string" && /^[a-z-]{1,40}$/.test(action) ? action : undefined;
  const entries = await listAudit(getDb(), filter);
  return (
    <>
      <h1>Audit log</h1>
      <form className="admin-form">
        <div className="field">
          <label htmlFor="action">Only this action (e.g. export-signatures)</label>
          <input id="action" name="action" defaultValue={filter ?? ""} />
        </div>
        <button type="submit" className="button">
          Filter
        </button>
      </form>
      <table className="admin-table" data-testid="audit">
        <thead>
          <tr>
            <th scope="col">When (UTC)</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">On</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{e.createdAt.toISOString().replace("T", " ").slice(0, 19)}</td>
              <td>{e.actorEmail}</td>
              <td>{e.action}</td>
              <td>{e.target ?? ""}</td>
              <td>
                <code>{e.details ? JSON.stringify(e.details) : ""}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
