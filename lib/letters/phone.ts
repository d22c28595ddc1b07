// Pure. Contact phone fields are kept as the sources wrote them ("020 7225 5500 (second number
// printed as ...); fax ..."). The number to call is the most recently dated one (Russia's field lists
// a 2018–2020 number before 2022 ones), else the one the record leads with; the page always shows the
// whole text beside it, since some records say their numbers are old or disputed.

const UK_NUMBER = /(?:\+44\s?(?:\(0\)\s?)?|0)\d(?:[\s-]?\d){9}(?!\d)/g;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** The latest date the words after a number give it ("(May 2022 snapshot)"), as year·12+month; -1 if none. */
function dateOfNumber(after: string): number {
  const own = after.split(/;|(?=\+44|\b0\d{2,4}\s)/)[0];
  let latest = -1;
  for (const m of own.matchAll(
    /\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?((?:19|20)\d{2})\b/gi,
  ))
    latest = Math.max(latest, Number(m[2]) * 12 + (m[1] ? MONTHS.indexOf(m[1].toLowerCase()) : 0));
  return latest;
}

export type TPhone = { display: string; tel: string };

/** The UK number to call from a free-text field (most recently dated, else first), as written and in E.164. */
export function phoneToCall(text: string | null): TPhone | null {
  const matches = text ? [...text.matchAll(UK_NUMBER)] : [];
  if (!matches.length) return null;
  const dated = matches.map((m) => ({ m, at: dateOfNumber(text!.slice(m.index + m[0].length)) }));
  const best = dated.reduce((a, b) => (b.at > a.at ? b : a));
  const display = best.m[0].trim();
  const digits = display.replace(/\(0\)/, "").replace(/\D/g, "");
  const national = digits.startsWith("44") ? digits.slice(2) : digits.replace(/^0/, "");
  return { display, tel: `+44${national}` };
}

/**
 * What a contact's notes say against its phone number (an old page, sources that disagree, "must be
 * checked"): the sentences about the number that carry a doubt, to show beside the call button.
 */
export function phoneCaution(notes: string | null): string | null {
  if (!notes) return null;
  const sentences = notes.match(/[^.]+(?:\.(?!\d)|$)/g) ?? [];
  const doubtful = sentences
    .map((s) => s.trim())
    .filter((s) => /\b(phone|number|numbers)\b/i.test(s) && /\b(old|disagree|checked|check|differ|undated)\b/i.test(s));
  return doubtful.length ? doubtful.join(" ") : null;
}
