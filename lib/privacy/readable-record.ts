import { formatMoney } from "../i18n/format-money";
import type { TMessages } from "../i18n/messages/en";

// What each stored field is called on the supporter's data page is the catalogue's (myData.record, in
// the page's language); the JSON and CSV downloads keep the column names, for machines. A field the
// catalogue does not name is shown under its column name.

const MONEY = new Set(["amount", "amountRefunded"]);
const HIDDEN = new Set(["id"]);

export type TReadableField = { label: string; value: string };
type TWords = TMessages["myData"]["record"];

function text(value: unknown, words: TWords): string {
  if (value === null || value === undefined || value === "") return "–";
  if (value instanceof Date) return `${value.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  if (typeof value === "boolean") return value ? words.yes : words.no;
  if (Array.isArray(value))
    return value.map((v) => (typeof v === "object" ? readableLine(v, words) : text(v, words))).join("; ");
  if (typeof value === "object") return readableLine(value as Record<string, unknown>, words);
  return String(value);
}

const readableLine = (o: Record<string, unknown>, words: TWords) =>
  readableRecord(o, words)
    .map((f) => `${f.label}: ${f.value}`)
    .join(", ");

/** One stored record as labelled lines a person reads: money in pounds, dates, yes/no, no internal ids. */
export function readableRecord(record: Record<string, unknown>, words: TWords): TReadableField[] {
  const currency = typeof record.currency === "string" ? record.currency : "gbp";
  return Object.entries(record)
    .filter(([field]) => !HIDDEN.has(field))
    .map(([field, value]) => ({
      label: (words.fields as Record<string, string>)[field] ?? field,
      value:
        MONEY.has(field) && typeof value === "number"
          ? formatMoney(value, currency)
          : field === "currency" && typeof value === "string"
            ? value.toUpperCase()
            : text(value, words),
    }));
}
