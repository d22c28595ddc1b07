import { AdminForm } from "@/components/admin/AdminForm";
import { addContactAction, addEvidenceAction, addUpdateAction } from "../../actions/content";

function Field({
  id,
  label,
  name,
  type,
  rows,
}: {
  id: string;
  label: string;
  name: string;
  type?: string;
  rows?: number;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {rows ? <textarea id={id} name={name} rows={rows} /> : <input id={id} name={name} type={type ?? "text"} />}
    </div>
  );
}

function DatePrecision({ id }: { id: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>How exact is the date?</label>
      <select id={id} name="dateNote" defaultValue="">
        <option value="">As the source gives it</option>
        <option value="approx.">Approximate</option>
        <option value="inferred">Inferred from other reports</option>
      </select>
    </div>
  );
}

/** A dated update since the briefing: shown on the country's timeline and on the home page. */
export function AddUpdateForm({ slug }: { slug: string }) {
  return (
    <AdminForm action={addUpdateAction.bind(null, slug)} submitLabel="Add update" testId="add-update">
      <Field
        id="update-date"
        label="When it happened (2023, 2023-05 or 2023-05-14: as exact as the source)"
        name="happenedOn"
      />
      <DatePrecision id="update-date-note" />
      <Field id="update-title" label="Headline (what happened, in a sentence)" name="title" />
      <Field id="update-summary" label="Summary (optional)" name="summary" rows={3} />
      <Field id="update-source" label="Source (web address)" name="sourceUrl" type="url" />
    </AdminForm>
  );
}

export function AddEvidenceForm({ slug }: { slug: string }) {
  return (
    <AdminForm action={addEvidenceAction.bind(null, slug)} submitLabel="Add evidence" testId="add-evidence">
      <Field id="evidence-title" label="Title (as the source headlines it)" name="title" />
      <Field id="evidence-url" label="Source (web address)" name="url" type="url" />
      <Field
        id="evidence-related"
        label="Further sources (one web address per line, optional)"
        name="relatedUrls"
        rows={2}
      />
      <Field id="evidence-publisher" label="Publisher (optional)" name="publisher" />
      <Field
        id="evidence-date"
        label="Date (2019, 2019-07 or 2019-07-29: as exact as the source)"
        name="publishedDate"
      />
      <DatePrecision id="evidence-date-note" />
      <Field id="evidence-summary" label="What it shows (optional)" name="summary" rows={3} />
    </AdminForm>
  );
}

export function AddContactForm({ slug }: { slug: string }) {
  return (
    <AdminForm action={addContactAction.bind(null, slug)} submitLabel="Add contact" testId="add-contact">
      <div className="field">
        <label htmlFor="contact-kind">Kind</label>
        <select id="contact-kind" name="kind" defaultValue="LONDON_MISSION">
          <option value="LONDON_MISSION">Its mission in London</option>
          <option value="GOVERNMENT">The government itself</option>
        </select>
      </div>
      <Field id="contact-name" label="Name" name="name" />
      <Field id="contact-address" label="Postal address (optional)" name="address" rows={2} />
      <Field id="contact-phone" label="Phone (optional)" name="phone" />
      <Field id="contact-website" label="Website (optional)" name="website" type="url" />
      <Field id="contact-emails" label="Emails (one per line, optional)" name="emails" rows={2} />
      <Field
        id="contact-sources"
        label="Sources (one web address per line: where these details come from)"
        name="sourceUrls"
        rows={2}
      />
      <Field id="contact-notes" label="Notes (optional)" name="notes" rows={2} />
    </AdminForm>
  );
}
