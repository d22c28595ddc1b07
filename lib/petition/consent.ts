// Pure. The wording a signer sees next to the form. A signature stores the version it was shown;
// change the text only together with a new version, and keep the old ones for the record.
export const CONSENT_NOTICES = {
  "2026-11-28": {
    notice:
      "We use your name, email, country and postcode to count your signature and to hand the petition in; the " +
      "hand-in list shows names, towns and countries, never emails. We email you once to confirm your signature.",
    optIn: "Email me campaign updates about Burma's military (you can stop them at any time).",
  },
} as const;

export type TConsentVersion = keyof typeof CONSENT_NOTICES;
export const CURRENT_CONSENT_VERSION: TConsentVersion = "2026-11-28";
