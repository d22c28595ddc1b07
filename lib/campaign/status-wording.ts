import { fill } from "../text/fill";
import type { TLang } from "../i18n/languages";
import { formatDateIn, messagesFor } from "../i18n/messages";

/**
 * How a country's place on the list is said wherever it appears (the badge, the share card): always
 * with its date, since the list is the briefing's of March 2021 and must never read as today's. A
 * country the organisers added later says when it was added instead.
 */
export function statusWording(
  status: "LISTED" | "REMOVED",
  statusDate: Date | null,
  addedByOrganisers: boolean,
  lang: TLang = "en",
) {
  const t = messagesFor(lang).status;
  const when = formatDateIn(lang, statusDate);
  if (status === "LISTED" && addedByOrganisers) return when ? fill(t.addedOn, { date: when }) : t.added;
  if (status === "LISTED") return t.named;
  return when ? fill(t.removedOn, { date: when }) : t.removed;
}

/** How many countries the briefing of March 2021 named: never the organisers' later additions. */
export function countNamedInBriefing(countries: { briefingRank: number | null }[]): number {
  return countries.filter((c) => c.briefingRank !== null).length;
}
