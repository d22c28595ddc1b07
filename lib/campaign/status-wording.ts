import { formatPartialDate } from "./format-date";

/**
 * How a country's place on the list is said wherever it appears (the badge, the share card): always
 * with its date, since the list is the briefing's of March 2021 and must never read as today's.
 */
export function statusWording(status: "LISTED" | "REMOVED", statusDate: Date | null): string {
  if (status === "LISTED") return "Named in Burma Campaign UK's briefing of March 2021";
  const when = formatPartialDate(statusDate);
  return `Removed from the list${when ? ` on ${when}` : ""}`;
}
