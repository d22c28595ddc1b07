// The campaign's own words (what organisers write: country names, evidence summaries, status lines,
// the petition and the campaign's headline) in a page's language, from ContentTranslation rows.
// Only an approved translation of the English as it stands is shown: a draft, or an approval of
// English that has since changed, falls back to English and says so (`fallback`), so the page marks
// it. Every public page, preview card, embed and the sitemap read translations through here.
import { createHash } from "node:crypto";
import type { PrismaClient } from "../db/client";
import { getEnv } from "../env";
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

/** What an approval records of the English it was given for. */
export const hashEnglish = (english: string) => createHash("sha256").update(english, "utf8").digest("hex");

type TRow = { text: string; approvedAt: Date | null; approvedEnglishHash: string | null; updatedBy: string | null };

/**
 * Whether a translation may be shown for this English. The e2e suite's main server approves the
 * seed's own drafts (rows no organiser has saved) with E2E_APPROVE_SEED_TRANSLATIONS, so the specs
 * that read Burmese pages can; its second server, like any deployment, leaves them drafts.
 */
export function isPublishable(row: TRow, english: string, approveSeed = getEnv().E2E_APPROVE_SEED_TRANSLATIONS) {
  if (approveSeed && row.updatedBy === null && !row.approvedAt) return true;
  return !!row.approvedAt && row.approvedEnglishHash === hashEnglish(english);
}

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
        select: {
          entity: true,
          entityId: true,
          field: true,
          text: true,
          approvedAt: true,
          approvedEnglishHash: true,
          updatedBy: true,
        },
      })
    : [];
  const byKey = new Map(rows.map((r) => [`${r.entity}:${r.entityId}:${r.field}`, r]));
  return (entity, entityId, field, english) => {
    const row = byKey.get(`${entity}:${entityId}:${field}`);
    return row?.text && isPublishable(row, english)
      ? { text: row.text, fallback: false }
      : { text: english, fallback: true };
  };
}
