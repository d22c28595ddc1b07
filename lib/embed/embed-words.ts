// The embed's own public words, in one place so they can move into a message catalogue as they are.
export const EMBED_WORDS = {
  petitionTitle: (title: string) => `Sign the petition: ${title}`,
  countryTitle: (name: string) => `${name}: act now`,
  countryLead: (name: string) =>
    `Burma Campaign UK's briefing of March 2021 named ${name} among the countries involved in military training ` +
    `and/or cooperation with the Burmese military.`,
  countryAdded: (name: string) =>
    `${name} is not in Burma Campaign UK's briefing of March 2021: the campaign's organisers added it to the list.`,
  countryRemoved: (name: string) => `${name} has been taken off the list. You can still sign the petition.`,
  writeLink: (name: string) => `Write to the government of ${name}`,
  newTab: "(opens in a new tab)",
} as const;
