// Pure. A research note on a date ("approx.; ceremony Fri 16 Feb 2018", "inferred") in a page's
// language: its fixed phrases from the catalogue, anything else as the research wrote it, flagged as
// English so the page marks it lang="en-GB". Where the date's kind is labelled already (evidence
// cards), the phrases that only repeat the kind are left out.
import type { TLang } from "../i18n/languages";
import { fill } from "../text/fill";
import { formatDateIn, messagesFor } from "../i18n/messages";

export type TNotePart = { text: string; english: boolean };

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const CEREMONY = /^ceremony (?:(?:mon|tue|wed|thu|fri|sat|sun)\w*\.? )?(\d{1,2}) ([a-z]{3})\w* (\d{4})$/i;

export function dateNoteParts(lang: TLang, note: string | null, opts: { kindShown?: boolean } = {}): TNotePart[] {
  const t = messagesFor(lang).evidence.dateNotes;
  const parts: TNotePart[] = [];
  for (const raw of (note ?? "").split(";")) {
    const part = raw.trim();
    if (!part) continue;
    if (/^approx\.?$/i.test(part)) {
      if (!opts.kindShown) parts.push({ text: t.approximate, english: false });
      continue;
    }
    if (/^inferred$/i.test(part)) {
      if (!opts.kindShown) parts.push({ text: t.inferred, english: false });
      continue;
    }
    const ceremony = CEREMONY.exec(part);
    const month = ceremony ? MONTHS.indexOf(ceremony[2].toLowerCase()) + 1 : 0;
    if (ceremony && month) {
      const iso = `${ceremony[3]}-${String(month).padStart(2, "0")}-${ceremony[1].padStart(2, "0")}`;
      parts.push({ text: fill(t.ceremonyOn, { date: formatDateIn(lang, iso) ?? "" }), english: false });
      continue;
    }
    parts.push({ text: part, english: lang !== "en" });
  }
  return parts;
}
