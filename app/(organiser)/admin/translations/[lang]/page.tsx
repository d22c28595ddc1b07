import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminForm } from "@/components/admin/AdminForm";
import { requireOrganiserPage } from "@/lib/auth/guards";
import { formatPartialDate } from "@/lib/i18n/format-date";
import { getDb } from "@/lib/db/get-db";
import { reviewStatus, ZCatalogueReview } from "@/lib/i18n/catalogue-review";
import { hashEnglish } from "@/lib/i18n/content";
import burmeseReview from "@/lib/i18n/messages/my.review.json";
import { isLang, LANGUAGES } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import { listTranslations, type TTranslationRow } from "@/lib/content/translations-admin";
import { saveTranslationAction } from "../../actions/translations";

export const metadata: Metadata = { title: "Translations", robots: { index: false } };

function Status({ row }: { row: TTranslationRow }) {
  const { translation, status } = row;
  if (!translation || status === "missing") {
    return <p className="flag flag-unverified">Not translated: the public page shows the English, marked as such.</p>;
  }
  if (status === "draft") {
    return (
      <p className="flag flag-unverified" data-testid="draft-translation">
        Draft translation, awaiting review by a fluent reader
        {translation.updatedBy ? ` (last saved by ${translation.updatedBy})` : " (from the seed)"}. The public page
        shows the English until it is approved.
      </p>
    );
  }
  if (status === "changed") {
    return (
      <div data-testid="changed-translation">
        <p className="flag flag-unverified">
          The English changed since {translation.approvedBy} approved this translation: awaiting review again. The
          public page shows the new English until it is approved.
        </p>
        <div className="side-by-side">
          <div>
            <p className="note">English when approved</p>
            <blockquote lang="en-GB" data-testid="approved-english">
              {translation.approvedEnglish ?? "(not recorded)"}
            </blockquote>
          </div>
          <div>
            <p className="note">English now</p>
            <blockquote lang="en-GB" data-testid="current-english">
              {row.english}
            </blockquote>
          </div>
        </div>
      </div>
    );
  }
  return (
    <p className="flag flag-verified">
      Approved by {translation.approvedBy} on {formatPartialDate(translation.approvedAt!)}.
    </p>
  );
}

/** The interface catalogue's review by a fluent reader: a committed record, compared with the code as it is. */
function CatalogueReview({ lang }: { lang: string }) {
  if (lang !== "my") return null;
  const { review, totalKeys, changedKeys } = reviewStatus(ZCatalogueReview.parse(burmeseReview), messagesFor("my"));
  return (
    <p
      className={review && !changedKeys.length ? "flag flag-verified" : "flag flag-unverified"}
      data-testid="catalogue-review"
    >
      The interface&apos;s own words (<code>lib/i18n/messages/my.ts</code>, {totalKeys} keys):{" "}
      {review
        ? `reviewed version ${review.version} by ${review.reviewer} on ${review.date}, ` +
          `${changedKeys.length} keys changed since.`
        : "not yet reviewed by a fluent reader."}{" "}
      A review is recorded with <code>npx tsx scripts/record-catalogue-review.ts &quot;reviewer&quot;</code> and
      committed.
    </p>
  );
}

export default async function LanguageTranslationsPage({ params }: { params: Promise<{ lang: string }> }) {
  await requireOrganiserPage();
  const { lang } = await params;
  if (!isLang(lang) || lang === "en") notFound();
  const rows = await listTranslations(getDb(), lang);
  const drafts = rows.filter((r) => r.status === "draft" || r.status === "changed").length;
  const missing = rows.filter((r) => r.status === "missing").length;
  return (
    <>
      <h1>
        Translations: <span lang={lang}>{messagesFor(lang).languageName}</span>
      </h1>
      <CatalogueReview lang={lang} />
      <p data-testid="translation-summary">
        {rows.length} texts: {rows.length - drafts - missing} approved, {drafts} drafts awaiting review, {missing} not
        translated. Tick &ldquo;approved&rdquo; only once a fluent reader has checked the translation against the
        English, dates and figures included.
      </p>
      {rows.map((row) => {
        const id = `${row.entity}-${row.entityId}-${row.field}`;
        return (
          <section key={id} className="card" data-testid="translation" aria-labelledby={`${id}-label`}>
            <h2 id={`${id}-label`}>{row.label}</h2>
            <p className="note">English</p>
            <blockquote lang="en-GB">{row.english}</blockquote>
            <Status row={row} />
            <AdminForm action={saveTranslationAction} submitLabel="Save translation">
              <input type="hidden" name="lang" value={lang} />
              <input type="hidden" name="entity" value={row.entity} />
              <input type="hidden" name="entityId" value={row.entityId} />
              <input type="hidden" name="field" value={row.field} />
              <input type="hidden" name="englishHash" value={hashEnglish(row.english)} />
              <div className="field">
                <label htmlFor={`${id}-text`}>Translation</label>
                <textarea
                  id={`${id}-text`}
                  name="text"
                  lang={LANGUAGES[lang].htmlLang}
                  rows={row.english.length > 200 ? 6 : 2}
                  defaultValue={row.translation?.text ?? ""}
                />
              </div>
              <div className="field checkbox">
                <input
                  type="checkbox"
                  id={`${id}-approved`}
                  name="approved"
                  defaultChecked={row.status === "approved"}
                />
                <label htmlFor={`${id}-approved`}>Approved: a fluent reader has checked it</label>
              </div>
            </AdminForm>
          </section>
        );
      })}
    </>
  );
}
