import { readableDates } from "./format-date";

// Pure. A country's timeline, newest first: when the briefing named it, each dated update since,
// and changes of status (Australia taken off the list on 7 March 2021, a country added later).

export type TTimelineEntry = {
  key: string;
  date: string; // ISO, possibly partial: as precise as its source
  dateNote: string | null;
  kind: "briefing" | "status" | "update";
  title: string;
  summary: string | null;
  sourceUrl: string | null;
};

type TTimelineCountry = {
  name: string;
  briefingRank: number | null;
  addedBy: string | null;
  status: "LISTED" | "REMOVED";
  statusDate: Date | null;
  statusNote: string | null;
  statusSourceUrl: string | null;
  campaign: { briefingDate: string; briefingUrl: string };
  updates: {
    id: string;
    happenedOn: string;
    dateNote: string | null;
    title: string;
    summary: string | null;
    sourceUrl: string;
  }[];
};

export function buildTimeline(country: TTimelineCountry): TTimelineEntry[] {
  const entries: TTimelineEntry[] = country.updates.map((u) => ({
    key: u.id,
    date: u.happenedOn,
    dateNote: u.dateNote,
    kind: "update",
    title: u.title,
    summary: u.summary,
    sourceUrl: u.sourceUrl,
  }));
  if (country.briefingRank !== null) {
    entries.push({
      key: "briefing",
      date: country.campaign.briefingDate,
      dateNote: null,
      kind: "briefing",
      title: `Named in Burma Campaign UK's briefing (number ${country.briefingRank} of 12)`,
      summary: null,
      sourceUrl: country.campaign.briefingUrl,
    });
  }
  if (country.statusDate && (country.status === "REMOVED" || country.addedBy !== null)) {
    entries.push({
      key: "status",
      date: country.statusDate.toISOString().slice(0, 10),
      dateNote: null,
      kind: "status",
      title: country.status === "REMOVED" ? `${country.name} taken off the list` : `${country.name} added to the list`,
      summary: country.statusNote ? readableDates(country.statusNote) : null,
      sourceUrl: country.statusSourceUrl,
    });
  }
  // ISO dates sort as text; a day within a month sorts after the month itself ("2021-03-07" > "2021-03").
  return entries.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}
