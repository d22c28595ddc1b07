import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminForm } from "@/components/admin/AdminForm";
import { requireOrganiserPage } from "@/lib/auth/guards";
import { formatPartialDate } from "@/lib/i18n/format-date";
import { getCountryForAdmin } from "@/lib/campaign/queries";
import {
  saveContactAction,
  saveCountryStatusAction,
  saveEvidenceAction,
  unverifyContactAction,
  verifyContactAction,
} from "../../actions/content";
import { AddContactForm, AddEvidenceForm, AddUpdateForm } from "./add-forms";
import { LetterForms } from "./letter-forms";
import { getDb } from "@/lib/db/get-db";

export const metadata: Metadata = { title: "Edit country", robots: { index: false } };

export default async function EditCountryPage({ params }: { params: Promise<{ slug: string }> }) {
  await requireOrganiserPage();
  const country = await getCountryForAdmin(getDb(), (await params).slug.slice(0, 60));
  if (!country) notFound();
  const slug = country.slug;
  return (
    <>
      <h1>Edit {country.name}</h1>
      <h2>Status on the list</h2>
      <AdminForm action={saveCountryStatusAction.bind(null, slug)} submitLabel="Save status" testId="country-status">
        <div className="field">
          <label htmlFor="status">Status</label>
          <select id="status" name="status" defaultValue={country.status}>
            <option value="LISTED">On the list</option>
            <option value="REMOVED">Removed from the list</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="statusDate">Date of the change (YYYY-MM-DD)</label>
          <input
            id="statusDate"
            name="statusDate"
            type="date"
            defaultValue={country.statusDate?.toISOString().slice(0, 10) ?? ""}
          />
        </div>
        <div className="field">
          <label htmlFor="statusNote">Why (shown on the country page)</label>
          <textarea id="statusNote" name="statusNote" rows={3} defaultValue={country.statusNote ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="statusSourceUrl">Source for the change</label>
          <input id="statusSourceUrl" name="statusSourceUrl" type="url" defaultValue={country.statusSourceUrl ?? ""} />
        </div>
      </AdminForm>

      <h2>Dated updates since the briefing</h2>
      <p className="note">
        A new agreement, a suspension, a government&apos;s reply: dated as its source dates it, shown on the
        country&apos;s timeline and on the home page.
      </p>
      <ul data-testid="updates">
        {country.updates.map((u) => (
          <li key={u.id}>
            {formatPartialDate(u.happenedOn)}
            {u.dateNote ? ` (${u.dateNote})` : ""}: {u.title}
          </li>
        ))}
      </ul>
      <AddUpdateForm slug={slug} />

      <h2>Letters</h2>
      <LetterForms slug={slug} countryId={country.id} letters={country.messageTemplates} />

      <h2>Contacts</h2>
      {country.contacts.map((c) => (
        <section key={c.id} className="card" aria-label={c.name}>
          <p>
            {c.verifiedAt
              ? `Verified ${c.verifiedAt.toISOString().slice(0, 10)} by ${c.verifiedBy}`
              : "Not yet verified"}
          </p>
          <AdminForm action={saveContactAction.bind(null, slug, c.id)} submitLabel="Save contact" testId="contact-form">
            <div className="field">
              <label htmlFor={`name-${c.id}`}>Name</label>
              <input id={`name-${c.id}`} name="name" defaultValue={c.name} />
            </div>
            <div className="field">
              <label htmlFor={`address-${c.id}`}>Postal address</label>
              <textarea id={`address-${c.id}`} name="address" rows={2} defaultValue={c.address ?? ""} />
            </div>
            <div className="field">
              <label htmlFor={`phone-${c.id}`}>Phone</label>
              <input id={`phone-${c.id}`} name="phone" defaultValue={c.phone ?? ""} />
            </div>
            <div className="field">
              <label htmlFor={`website-${c.id}`}>Website</label>
              <input id={`website-${c.id}`} name="website" type="url" defaultValue={c.website ?? ""} />
            </div>
            <div className="field">
              <label htmlFor={`emails-${c.id}`}>Emails (one per line)</label>
              <textarea id={`emails-${c.id}`} name="emails" rows={2} defaultValue={c.emails.join("\n")} />
            </div>
            <div className="field">
              <label htmlFor={`sources-${c.id}`}>Sources (one web address per line)</label>
              <textarea id={`sources-${c.id}`} name="sourceUrls" rows={3} defaultValue={c.sourceUrls.join("\n")} />
            </div>
            <div className="field">
              <label htmlFor={`notes-${c.id}`}>Notes</label>
              <textarea id={`notes-${c.id}`} name="notes" rows={3} defaultValue={c.notes ?? ""} />
            </div>
            {c.kind === "LONDON_MISSION" ? (
              <>
                <div className="field">
                  <label htmlFor={`head-${c.id}`}>Who heads the mission (the hand-in letter&apos;s salutation)</label>
                  <select id={`head-${c.id}`} name="headOfMission" defaultValue={c.headOfMission ?? ""}>
                    <option value="">As its name says: an ambassador, or a high commissioner</option>
                    <option value="CHARGE_D_AFFAIRES">A chargé d&apos;affaires (the ambassador recalled)</option>
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={`head-source-${c.id}`}>Source for who heads it</label>
                  <input
                    id={`head-source-${c.id}`}
                    name="headOfMissionSourceUrl"
                    type="url"
                    defaultValue={c.headOfMissionSourceUrl ?? ""}
                  />
                </div>
              </>
            ) : null}
          </AdminForm>
          {c.verifiedAt ? (
            <AdminForm
              action={unverifyContactAction.bind(null, slug, c.id)}
              submitLabel="Mark as not verified"
              danger
              testId="unverify-contact"
            >
              <span />
            </AdminForm>
          ) : (
            <AdminForm
              action={verifyContactAction.bind(null, slug, c.id)}
              submitLabel="Mark verified"
              testId="verify-contact"
            >
              <span />
            </AdminForm>
          )}
        </section>
      ))}

      <h3>Add a contact</h3>
      <AddContactForm slug={slug} />

      <h2>Evidence</h2>
      {country.evidence.map((e) => (
        <section key={e.id} className="card" aria-label={e.title ?? e.url}>
          <p>Source (as the briefing cites it): {e.url}</p>
          <AdminForm
            action={saveEvidenceAction.bind(null, slug, e.id)}
            submitLabel="Save evidence"
            testId="evidence-form"
          >
            <div className="field">
              <label htmlFor={`title-${e.id}`}>Title</label>
              <input id={`title-${e.id}`} name="title" defaultValue={e.title ?? ""} />
            </div>
            <div className="field">
              <label htmlFor={`publisher-${e.id}`}>Publisher</label>
              <input id={`publisher-${e.id}`} name="publisher" defaultValue={e.publisher ?? ""} />
            </div>
            <div className="field">
              <label htmlFor={`date-${e.id}`}>Date (2019, 2019-07 or 2019-07-29)</label>
              <input id={`date-${e.id}`} name="publishedDate" defaultValue={e.publishedDate ?? ""} />
            </div>
            <div className="field">
              <label htmlFor={`summary-${e.id}`}>What our research found</label>
              <textarea id={`summary-${e.id}`} name="summary" rows={4} defaultValue={e.summary ?? ""} />
            </div>
          </AdminForm>
        </section>
      ))}
      <h3>Add evidence</h3>
      <AddEvidenceForm slug={slug} />
    </>
  );
}
