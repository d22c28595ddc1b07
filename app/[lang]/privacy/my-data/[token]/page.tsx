import type { Metadata } from "next";
import { Fragment } from "react";
import { PageLink as Link } from "@/components/ui/PageLink";
import { Filled } from "@/components/ui/Filled";
import { getDb } from "@/lib/db/get-db";
import { formatMoney } from "@/lib/i18n/format-money";
import { fill } from "@/lib/text/fill";
import { localPath, langOf } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import type { TMessages } from "@/lib/i18n/messages/en";
import { collectPersonalData } from "@/lib/privacy/personal-data";
import { emailForAccessToken } from "@/lib/privacy/data-access";
import { readableRecord } from "@/lib/privacy/readable-record";
import { manageGiftFromDataAction, removeFromDataAction } from "../actions";

type TProps = { params: Promise<{ lang: string; token: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: messagesFor(await langOf(params)).myData.shownTitle, robots: { index: false } };
}

type TRecords = {
  caption: string;
  none: string;
  rows: Record<string, unknown>[];
  testId: string;
  words: TMessages["myData"]["record"];
};

// One labelled list per record, not a table as wide as the columns: it reads on a phone (issue 27:
// a table of raw column names was 3,978 px wide), labelled in the page's language.
function Records({ caption, none, rows, testId, words }: TRecords) {
  if (!rows.length) return <p data-testid={testId}>{fill(none, { caption })}</p>;
  return (
    <section data-testid={testId} className="my-data-records">
      <h2>{caption}</h2>
      {rows.map((row) => (
        <dl key={String(row.id)} className="contact-details my-data-record">
          {readableRecord(row, words).map((f) => (
            <Fragment key={f.label}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </Fragment>
          ))}
        </dl>
      ))}
    </section>
  );
}

// Public: holding the emailed link is the permission. Showing the data changes nothing.
export default async function MyDataShownPage({ params }: TProps) {
  const lang = await langOf(params);
  const t = messagesFor(lang).myData;
  const manage = messagesFor(lang).donate.manage;
  const remove = messagesFor(lang).remove;
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
      <Records caption={t.signatures} none={t.none} rows={data.signatures} testId="my-signatures" words={t.record} />
      {data.signatures
        .filter((s) => s.status !== "ERASED")
        .map((s) => (
          <form key={s.id} action={removeFromDataAction} data-testid="remove-from-data">
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="signatureId" value={s.id} />
            <input type="hidden" name="lang" value={lang} />
            <p>{remove.body}</p>
            <button type="submit" className="button">
              {remove.button}
            </button>
          </form>
        ))}
      <Records caption={t.emails} none={t.none} rows={data.emails} testId="my-emails" words={t.record} />
      <Records caption={t.donations} none={t.none} rows={data.donations} testId="my-donations" words={t.record} />
      {data.donations
        .filter((d) => d.frequency === "MONTHLY" && (d.status === "ACTIVE" || d.status === "PAST_DUE"))
        .map((d) => (
          <form key={d.id} action={manageGiftFromDataAction} data-testid="manage-from-data">
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="donationId" value={d.id} />
            <input type="hidden" name="lang" value={lang} />
            <p>
              {formatMoney(d.amount, d.currency)}: {manage.body}
            </p>
            <button type="submit" className="button button-primary">
              {manage.button}
            </button>
          </form>
        ))}
    </>
  );
}
