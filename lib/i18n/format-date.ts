export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * Shows a possibly partial ISO date ("2019-07-29", "2018-07", "2021") the way a UK reader writes
 * it, without inventing the parts the source does not give.
 */
export function formatPartialDate(value: string | Date | null | undefined): string | null {
  if (!value) return null;
  const iso = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!match) return null;
  const [, year, month, day] = match;
  if (!month) return year;
  const monthName = MONTHS[Number(month) - 1];
  if (!monthName) return year;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** A note's ISO dates ("2021-03-07") written as a reader writes them ("7 March 2021"). */
export function readableDates(text: string): string {
  return text.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (iso) => formatPartialDate(iso) ?? iso);
}
