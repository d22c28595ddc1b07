import { AdminForm } from "@/components/admin/AdminForm";
import { MERGE_FIELDS } from "@/lib/letters/merge-fields";
import { addLetterAction, saveLetterAction, setLetterRetiredAction } from "../../actions/content";

type TLetter = { id: string; subject: string; body: string; version: number; retiredAt: Date | null };

function LetterFields({ id, subject, body }: { id: string; subject: string; body: string }) {
  return (
    <>
      <div className="field">
        <label htmlFor={`subject-${id}`}>Subject</label>
        <input id={`subject-${id}`} name="subject" defaultValue={subject} />
      </div>
      <div className="field">
        <label htmlFor={`body-${id}`}>Letter</label>
        <textarea id={`body-${id}`} name="body" rows={12} defaultValue={body} />
      </div>
    </>
  );
}

/** A country's letters: each visitor is offered one of those not retired, at random. */
export function LetterForms({ slug, countryId, letters }: { slug: string; countryId: string; letters: TLetter[] }) {
  const offered = letters.filter((l) => !l.retiredAt).length;
  return (
    <>
      <p className="note">
        {offered} offered to visitors, one at random each. Merge fields:{" "}
        {MERGE_FIELDS.map((f) => `{{${f}}}`).join(", ")}; any other {"{{field}}"} is refused. Keep each letter distinct:
        embassies treat identical letters as one.
      </p>
      {letters.map((letter, i) => (
        <section key={letter.id} className="card" aria-label={`Letter ${i + 1}`} data-testid="letter">
          <h3>
            Letter {i + 1} (version {letter.version}){letter.retiredAt ? ", retired" : ""}
          </h3>
          <AdminForm
            action={saveLetterAction.bind(null, slug, countryId, letter.id)}
            submitLabel="Save letter"
            testId="letter-form"
          >
            <LetterFields id={letter.id} subject={letter.subject} body={letter.body} />
          </AdminForm>
          <AdminForm
            action={setLetterRetiredAction.bind(null, slug, countryId, letter.id, !letter.retiredAt)}
            submitLabel={letter.retiredAt ? "Offer it again" : "Retire this letter"}
            danger={!letter.retiredAt}
            testId="letter-retire"
          >
            <span />
          </AdminForm>
        </section>
      ))}
      <h3>Add a letter</h3>
      <AdminForm action={addLetterAction.bind(null, slug)} submitLabel="Add letter" testId="add-letter">
        <LetterFields id="new" subject="" body="" />
      </AdminForm>
    </>
  );
}
