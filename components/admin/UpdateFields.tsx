type TChoice = { value: string; label: string };

type TProps = {
  /** Country pages a supporter may have signed on. */
  pages: TChoice[];
  /** Countries a signer may live in. */
  signerCountries: TChoice[];
  values?: {
    subject?: string;
    body?: string;
    subjectMy?: string | null;
    bodyMy?: string | null;
    signerCountry?: string | null;
    sourceCountry?: string | null;
  };
};

/** The fields of an email update to supporters: what it says and who gets it. */
export function UpdateFields({ pages, signerCountries, values = {} }: TProps) {
  return (
    <>
      <div className="field">
        <label htmlFor="subject">Subject</label>
        <input id="subject" name="subject" required maxLength={150} defaultValue={values.subject ?? ""} />
      </div>
      <div className="field">
        <label htmlFor="body">The update (plain text; paste links as full addresses, https://…)</label>
        <textarea id="body" name="body" required rows={14} maxLength={20_000} defaultValue={values.body ?? ""} />
      </div>
      <p className="note">
        Every email ends with a line saying why the supporter gets it and a link to stop updates; you need not add one.
      </p>
      <fieldset>
        <legend>In Burmese (optional)</legend>
        <p className="note">
          Supporters who signed on the Burmese pages get this version, and the English when it is empty. The closing
          line and the page to stop updates are in Burmese for them either way.
        </p>
        <div className="field">
          <label htmlFor="subjectMy">Subject in Burmese</label>
          <input id="subjectMy" name="subjectMy" lang="my" maxLength={150} defaultValue={values.subjectMy ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="bodyMy">The update in Burmese</label>
          <textarea
            id="bodyMy"
            name="bodyMy"
            lang="my"
            rows={14}
            maxLength={20_000}
            defaultValue={values.bodyMy ?? ""}
          />
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor="signerCountry">Only signers living in</label>
        <select id="signerCountry" name="signerCountry" defaultValue={values.signerCountry ?? ""}>
          <option value="">Any country</option>
          {signerCountries.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="sourceCountry">Only signers who signed on the page of</label>
        <select id="sourceCountry" name="sourceCountry" defaultValue={values.sourceCountry ?? ""}>
          <option value="">Any page</option>
          {pages.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
