import { EnglishOnly } from "@/components/layout/EnglishOnly";
import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db/get-db";
import { collectPersonalData } from "@/lib/privacy/personal-data";
import { emailForAccessToken } from "@/lib/privacy/data-access";

export const metadata: Metadata = { title: "The data we hold about you", robots: { index: false } };

const cell = (value: unknown) =>
  value === null || value === undefined
    ? "–"
    : value instanceof Date
      ? value.toISOString().slice(0, 16).replace("T", " ")
      : typeof value === "object"
        ? JSON.stringify(value)
        : String(value);

function Table({ caption, rows, testId }: { caption: string; rows: Record<string, unknown>[]; testId: string }) {
  if (!rows.length) return <p data-testid={testId}>{caption}: none.</p>;
  const fields = Object.keys(rows[0]).filter((f) => f !== "id");
  return (
    <div className="table-scroll">
      <table className="admin-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {fields.map((f) => (
              <th scope="col" key={f}>
                {f}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={String(r.id)}>
              {fields.map((f) => (
                <td key={f}>{cell(r[f])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// Public: holding the emailed link is the permission. Showing the data changes nothing.
export default async function MyDataShownPage({ params }: { params: Promise<{ lang: string; token: string }> }) {
  const { token } = await params;
  const email = await emailForAccessToken(getDb(), token);
  if (!email) {
    return (
      <>
        <h1>This link does not work</h1>
        <p data-testid="my-data-link-invalid">
          It has expired (links work for 24 hours) or is not complete.{" "}
          <Link href="/privacy/my-data">Ask for a new one</Link>.
        </p>
      </>
    );
  }
  const data = await collectPersonalData(getDb(), email);
  const download = `/api/my-data/${encodeURIComponent(token)}`;
  return (
    <EnglishOnly params={params}>
      <h1>The data we hold about {email}</h1>
      <p>
        Download it: <a href={`${download}?format=json`}>as JSON</a> or{" "}
        <a href={`${download}?format=csv`}>as a spreadsheet (CSV)</a>. To remove a signature, use the link in any email
        we sent about it; for anything else, reply to any of our emails.
      </p>
      <Table caption="Signatures" rows={data.signatures} testId="my-signatures" />
      <Table caption="Emails we sent or queued to this address" rows={data.emails} testId="my-emails" />
      <Table caption="Donations and Gift Aid declarations" rows={data.donations} testId="my-donations" />
    </EnglishOnly>
  );
}
