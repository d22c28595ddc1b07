// Pure: the words that go with a shared page, also its description for search engines and link
// previews. Short enough to leave room for the link in a 300-character Bluesky post, and dated:
// the list is the briefing's of March 2021, never a statement about today.
import { formatPartialDate } from "../i18n/format-date";
import { missionKindOf } from "../campaign/mission-words";

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

export function campaignShareText(listedCount: number): string {
  return (
    `In March 2021 Burma Campaign UK named ${plural(listedCount, "country", "countries")} involved in military ` +
    "training or cooperation with the Burmese military. Read the evidence, write to their embassies and high " +
    "commissions in London and sign the petition."
  );
}

export function countryShareText(country: {
  name: string;
  status: "LISTED" | "REMOVED";
  statusDate: Date | null;
  addedBy: string | null;
  evidenceCount: number;
  /** Its mission in London's name, as the data gives it: an embassy or a high commission. */
  missionName?: string | null;
}): string {
  const mission = missionKindOf(country.missionName) === "HIGH_COMMISSION" ? "high commission" : "embassy";
  if (country.addedBy !== null && country.status === "REMOVED") {
    const when = formatPartialDate(country.statusDate);
    return `${country.name} was taken off the campaign's list${when ? ` on ${when}` : ""}. Read why, and its evidence.`;
  }
  if (country.addedBy !== null) {
    const when = formatPartialDate(country.statusDate);
    return (
      `${country.name} was added to the campaign's list${when ? ` on ${when}` : ""}, after Burma Campaign UK's ` +
      `briefing of March 2021. Read the ${plural(country.evidenceCount, "source", "sources")} ` +
      `and write to its ${mission}.`
    );
  }
  if (country.status === "REMOVED") {
    const when = formatPartialDate(country.statusDate);
    return (
      `${country.name} was taken off Burma Campaign UK's list${when ? ` on ${when}` : ""}. ` +
      "Read why, and the evidence its briefing of March 2021 cited."
    );
  }
  return (
    `In March 2021 Burma Campaign UK named ${country.name} among the countries involved in military training or ` +
    `cooperation with the Burmese military. Read the ${plural(country.evidenceCount, "source", "sources")} it ` +
    `cites and write to its ${mission} in London.`
  );
}

export function petitionShareText(petitionTitle: string): string {
  return `Sign the petition to the governments named in Burma Campaign UK's briefing of March 2021: ${petitionTitle}.`;
}
