// Pure. The wording a signer sees next to the form. A signature stores the version it was shown;
// change the text only together with a new version, and keep the old ones for the record.
export const CONSENT_NOTICES = {
  "2026-11-28": {
    notice:
      "We use your name, email, country and postcode to count your signature and to hand the petition in; the " +
      "hand-in list shows names, towns and countries, never emails. We email you once to confirm your signature.",
    optIn: "Email me campaign updates about Burma's military (you can stop them at any time).",
    handIn: null,
  },
  // Names on the hand-in list only with the signer's own tick: the list goes to governments, some
  // of which share intelligence with the Burmese military.
  "2026-11-28.2": {
    notice:
      "We use your email to confirm your signature, and your country and postcode area to count it. The petition " +
      "is handed to the governments it names: they see how many people signed and from where, and the names only of " +
      "those who tick the box above, never anyone's email or full postcode. We email you to confirm your signature.",
    optIn: "Email me campaign updates about Burma's military (you can stop them at any time).",
    handIn: "Add my name to the list we hand to the governments (leave this unticked to be counted but not named).",
  },
  // Says exactly what the hand-in list prints of a named signer (the pack and the delivery CSV: name and
  // country), and that updates are the campaign's, not the military's news.
  // The Burmese notice was rewritten with it (lib/i18n/messages/my.ts).
  "2026-12-07": {
    notice:
      "We use your email to confirm your signature, and your country and postcode area to count it. The petition " +
      "is handed to the governments it names: they see how many people signed and from where, and the names only of " +
      "those who tick the box above, each with their country, never anyone's email or postcode. We email you to " +
      "confirm your signature.",
    optIn:
      "Email me campaign updates: this campaign's news of governments' ties with Burma's military (you can stop them " +
      "at any time).",
    handIn:
      "Add my name to the list we hand to the governments, with my country (leave this unticked to be counted but " +
      "not named).",
  },
} as const;

export type TConsentVersion = keyof typeof CONSENT_NOTICES;
export const CURRENT_CONSENT_VERSION: TConsentVersion = "2026-12-07";
