import { formatPartialDate } from "./format-date";

/**
 * How a country's place on the list is said wherever it appears (the badge, the share card): always
 * with its date, since the list is the briefing's of March 2021 and must never read as today's. A
 * country the organisers added later says when it was added instead.
 */
export function statusWording(status: "LISTED" | "REMOVED", statusDate: Date | null, addedByOrganisers: boolean) {
  const when = formatPartialDate(statusDate);
  if (status === "LISTED" && addedByOrganisers) return `Added to the list${when ? ` on ${when}` : ""}`;
  if (status === "LISTED") return "Named in Burma Campaign UK's briefing of March 2021";
  return `Removed from the list${when ? ` on ${when}` : ""}`;
}

/** How many countries the briefing of March 2021 named: never the organisers' later additions. */
export function countNamedInBriefing(countries: { briefingRank: number | null }[]): number {
  return countries.filter((c) => c.briefingRank !== null).length;
}
