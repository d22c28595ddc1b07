// The campaign's own words (what organisers write: country names, evidence summaries, status lines,
// the petition and the campaign's headline) in a page's language, from ContentTranslation rows.
// A field with no translation falls back to English, and says so (`fallback`), so the page can mark it.
import type { PrismaClient } from "../db/client";
import type { TLang } from "./languages";

/** What can be translated, and which of its fields. */
export const TRANSLATABLE = {
  campaign: ["title", "ask"],
  petition: ["title", "body"],
  country: ["name", "statusNote"],
  evidence: ["summary"],
  countryUpdate: ["title", "summary"],
} as const;
export type TEntity = keyof typeof TRANSLATABLE;

export type TLocalText = { text: string; fallback: boolean };

export type TTranslator = <E extends TEntity>(
  entity: E,
  entityId: string,
  field: (typeof TRANSLATABLE)[E][number],
  english: string,
) => TLocalText;

const ENGLISH: TTranslator = (_entity, _id, _field, english) => ({ text: english, fallback: false });

/** A translator for the given entities' fields (one query); English pages need none. */
export async function loadTranslator(
  db: PrismaClient,
  lang: TLang,
  wanted: Partial<Record<TEntity, string[]>>,
): Promise<TTranslator> {
  if (lang === "en") return ENGLISH;
  const or = Object.entries(wanted)
    .filter(([, ids]) => ids && ids.length)
    .map(([entity, ids]) => ({ entity, entityId: { in: ids } }));
  const rows = or.length
    ? await db.contentTranslation.findMany({
        where: { lang, OR: or },
        select: { entity: true, entityId: true, field: true, text: true },
      })
    : [];
  const texts = new Map(rows.map((r) => [`${r.entity}:${r.entityId}:${r.field}`, r.text]));
  return (entity, entityId, field, english) => {
    const text = texts.get(`${entity}:${entityId}:${field}`);
    return text ? { text, fallback: false } : { text: english, fallback: true };
  };
}
