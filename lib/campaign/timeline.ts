import type { TTranslator } from "../i18n/content";
import { fill } from "../text/fill";
import { formatNumberIn, type TLang } from "../i18n/languages";
import { messagesFor } from "../i18n/messages";
import { readableDates } from "../i18n/format-date";

// Pure. A country's timeline, newest first: when the briefing named it, each dated update since,
// and changes of status (Australia taken off the list on 7 March 2021, a country added later).

export type TTimelineEntry = {
  key: string;
  date: string; // ISO, possibly partial: as precise as its source
  dateNote: string | null;
  kind: "briefing" | "status" | "update";
  title: string;
  summary: string | null;
  /** True where the title or summary is the English of a page in another language (no translation yet). */
  inEnglish?: boolean;
  sourceUrl: string | null;
};

type TTimelineCountry = {
  id?: string; // for its translations
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

const untranslated: TTranslator = (_entity, _id, _field, english) => ({ text: english, fallback: false });

/** In the page's language: the site's own words from its catalogue, the organisers' through `translate`. */
export function buildTimeline(
  country: TTimelineCountry,
  lang: TLang = "en",
  translate: TTranslator = untranslated,
): TTimelineEntry[] {
  const t = messagesFor(lang).country;
  const name = translate("country", country.id ?? "", "name", country.name).text;
  const entries: TTimelineEntry[] = country.updates.map((u) => {
    const title = translate("countryUpdate", u.id, "title", u.title);
    const summary = u.summary ? translate("countryUpdate", u.id, "summary", u.summary) : null;
    return {
      key: u.id,
      date: u.happenedOn,
      dateNote: u.dateNote,
      kind: "update",
      title: title.text,
      summary: summary?.text ?? null,
      inEnglish: title.fallback || !!summary?.fallback,
      sourceUrl: u.sourceUrl,
    };
  });
  if (country.briefingRank !== null) {
    entries.push({
      key: "briefing",
      date: country.campaign.briefingDate,
      dateNote: null,
      kind: "briefing",
      title: fill(t.timelineNamed, { rank: formatNumberIn(lang, country.briefingRank) }),
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
      title: fill(country.status === "REMOVED" ? t.timelineRemoved : t.timelineAdded, { name }),
      ...statusSummary(country, lang, translate),
      sourceUrl: country.statusSourceUrl,
    });
  }
  // ISO dates sort as text; a day within a month sorts after the month itself ("2021-03-07" > "2021-03").
  return entries.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

function statusSummary(country: TTimelineCountry, lang: TLang, translate: TTranslator) {
  if (!country.statusNote) return { summary: null };
  const note = translate("country", country.id ?? "", "statusNote", country.statusNote);
  return { summary: lang === "en" || note.fallback ? readableDates(note.text) : note.text, inEnglish: note.fallback };
}
