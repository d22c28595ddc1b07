import { digitsIn, type TLang } from "./languages";
import { en, type TMessages } from "./messages/en";
import { my } from "./messages/my";

/** One catalogue per language; adding a language is one more file in messages/ and one line here. */
const CATALOGUES: Record<TLang, TMessages> = { en, my };

export const messagesFor = (lang: TLang): TMessages => CATALOGUES[lang];

/** A possibly partial ISO date as a reader of the language writes it, never adding what the source lacks. */
export function formatDateIn(lang: TLang, value: string | Date | null | undefined): string | null {
  if (!value) return null;
  const iso = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!match) return null;
  const t = CATALOGUES[lang];
  const [, year, month, day] = match;
  const monthName = month ? t.months[Number(month) - 1] : undefined;
  const pattern = !monthName ? t.date.year : day ? t.date.day : t.date.month;
  const filled = pattern
    .replace("{year}", year)
    .replace("{month}", monthName ?? "")
    .replace("{day}", day ? String(Number(day)) : "");
  return digitsIn(lang, filled);
}

export { formatNumberIn } from "./languages";
