import type { Metadata } from "next";
import Link from "next/link";
import { AdminForm } from "@/components/admin/AdminForm";
import { requireOrganiserPage } from "@/lib/auth/guards";
import { formatPartialDate } from "@/lib/i18n/format-date";
import { getDb } from "@/lib/db/get-db";
import { getHandInLetter, HANDIN_FIELDS } from "@/lib/handin/covering-letter";
import { listHandInCountries } from "@/lib/handin/hand-in-admin";
import { saveHandInLetterAction } from "../actions/handin";

export const metadata: Metadata = { title: "Hand-in packs", robots: { index: false } };

export default async function HandInPage() {
  await requireOrganiserPage();
  const [countries, letter] = await Promise.all([listHandInCountries(getDb()), getHandInLetter(getDb())]);
  return (
    <>
      <h1>Hand-in packs</h1>
      <p>
        A printable A4 pack for each government&apos;s mission in London: the covering letter below, the petition, the
        number of confirmed signatures (by the country where signers live and, in the UK, by region), when they signed,
        and the names only of those who asked to be named. Everyone else is counted, never named. Every download is
        written to the audit log.
      </p>
      <p>
        {/* A download, not a page (the rule takes /api/… for a page of the public [lang] segment). */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a className="button" href="/api/export/handin" data-testid="pack-all">
          Download the pack for all listed countries (PDF)
        </a>
      </p>
      <table className="admin-table" data-testid="handin-countries">
        <caption>The countries on the list (Burma Campaign UK&apos;s briefing of March 2021, and since)</caption>
        <thead>
          <tr>
            <th scope="col">Country</th>
            <th scope="col">Mission in London</th>
            <th scope="col">Last handed in</th>
          </tr>
        </thead>
        <tbody>
          {countries.map((c) => (
            <tr key={c.slug}>
              <td>
                <Link href={`/admin/handin/${c.slug}`}>{c.name}</Link>
              </td>
              <td>{c.contacts[0]?.name ?? "No mission on record"}</td>
              <td>{formatPartialDate(c.handIns[0]?.deliveredOn) ?? "Not yet"}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Covering letter</h2>
      <p className="note">
        Version {letter.version}
        {letter.editedBy ? `, saved by ${letter.editedBy}` : ", as first written"}. Merge fields, filled for each
        mission: {HANDIN_FIELDS.map((f) => `{{${f}}}`).join(", ")}; any other {"{{field}}"} is refused. A line holding
        only a field with nothing to fill (a mission with no address on record) is left out.
      </p>
      <AdminForm action={saveHandInLetterAction} submitLabel="Save letter" testId="handin-letter">
        <div className="field">
          <label htmlFor="handin-letter-body">Letter</label>
          <textarea id="handin-letter-body" name="body" rows={22} defaultValue={letter.body} />
        </div>
      </AdminForm>
    </>
  );
}
