import type { Metadata } from "next";
import { PageLink as Link } from "@/components/ui/PageLink";
import { Filled } from "@/components/ui/Filled";
import { getDb } from "@/lib/db/get-db";
import { fill } from "@/lib/i18n/fill";
import { localPath, langOf } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import { collectPersonalData } from "@/lib/privacy/personal-data";
import { emailForAccessToken } from "@/lib/privacy/data-access";

type TProps = { params: Promise<{ lang: string; token: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: messagesFor(await langOf(params)).myData.shownTitle, robots: { index: false } };
}

const cell = (value: unknown) =>
  value === null || value === undefined
    ? "–"
    : value instanceof Date
      ? value.toISOString().slice(0, 16).replace("T", " ")
      : typeof value === "object"
        ? JSON.stringify(value)
        : String(value);

type TTable = { caption: string; none: string; rows: Record<string, unknown>[]; testId: string };

function Table({ caption, none, rows, testId }: TTable) {
  if (!rows.length) return <p data-testid={testId}>{fill(none, { caption })}</p>;
  const fields = Object.keys(rows[0]).filter((f) => f !== "id");
  return (
    <div className="table-scroll">
      <table className="admin-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {fields.map((f) => (
              <th scope="col" key={f} lang="en-GB">
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
export default async function MyDataShownPage({ params }: TProps) {
  const lang = await langOf(params);
  const t = messagesFor(lang).myData;
  const { token } = await params;
  const email = await emailForAccessToken(getDb(), token);
  if (!email) {
    return (
      <>
        <h1>{t.invalidHeading}</h1>
        <p data-testid="my-data-link-invalid">
          <Filled
            text={t.invalid}
            values={{ link: <Link href={localPath(lang, "/privacy/my-data")}>{t.askNew}</Link> }}
          />
        </p>
      </>
    );
  }
  const data = await collectPersonalData(getDb(), email);
  const download = `/api/my-data/${encodeURIComponent(token)}`;
  return (
    <>
      <h1>{fill(t.shownHeading, { email })}</h1>
      <p>
        <Filled
          text={t.download}
          values={{
            json: <a href={`${download}?format=json`}>{t.asJson}</a>,
            csv: <a href={`${download}?format=csv`}>{t.asCsv}</a>,
          }}
        />
      </p>
      <Table caption={t.signatures} none={t.none} rows={data.signatures} testId="my-signatures" />
      <Table caption={t.emails} none={t.none} rows={data.emails} testId="my-emails" />
      <Table caption={t.donations} none={t.none} rows={data.donations} testId="my-donations" />
    </>
  );
}
