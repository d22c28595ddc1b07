type TChoice = { value: string; label: string };

type TProps = {
  /** Country pages a supporter may have signed on. */
  pages: TChoice[];
  /** Countries a signer may live in. */
  signerCountries: TChoice[];
  values?: { subject?: string; body?: string; signerCountry?: string | null; sourceCountry?: string | null };
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
