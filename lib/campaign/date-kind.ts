// Pure. What a research record's date is, from the data set's own fields: the date of the page itself
// only when a copy of the page was seen; the event's date when the page was not seen and the date came
// from other reports of the same event (India's 29 July 2019, Belarus's 13 February 2020); approximate
// or inferred where the research note says so. Pages label the date with it in every language.

export type TDateKind = "published" | "event" | "approximate" | "inferred";

export function dateKindOf(item: {
  publishedDate: string | null;
  dateNote: string | null;
  storedCopyFound: boolean;
  addedBy?: string | null;
}): TDateKind | null {
  if (!item.publishedDate) return null;
  const note = (item.dateNote ?? "").toLowerCase();
  if (note.startsWith("approx")) return "approximate";
  if (note.startsWith("inferred")) return "inferred";
  // An organiser's own evidence is dated by the page they added.
  if (item.storedCopyFound || item.addedBy) return "published";
  return "event";
}
