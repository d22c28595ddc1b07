// Loads the seed's translations (prisma/data/translations/<lang>.json) as drafts: each is marked in
// the admin as awaiting review by a fluent reader until an organiser approves it. Only missing rows
// are created, so an organiser's edits and approvals stay as they are.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { PrismaClient } from "../db/client";
import { CAMPAIGN_SLUG } from "../campaign/campaign-slug";
import type { TLang } from "../i18n/languages";

const ZSeedTranslations = z.object({
  campaign: z.object({ title: z.string(), ask: z.string() }).partial(),
  petition: z.object({ title: z.string(), body: z.string() }).partial(),
  countries: z.record(z.string(), z.object({ name: z.string(), statusNote: z.string() }).partial()),
  /** Evidence summaries, keyed by the evidence's URL as the briefing cites it. */
  evidence: z.record(z.string(), z.string()),
});
export type TSeedTranslations = z.infer<typeof ZSeedTranslations>;

export function loadSeedTranslations(lang: TLang, dir = path.join(process.cwd(), "prisma/data/translations")) {
  return ZSeedTranslations.parse(JSON.parse(readFileSync(path.join(dir, `${lang}.json`), "utf8")));
}

type TRow = { lang: string; entity: string; entityId: string; field: string; text: string };

/** Creates the translations not yet in the database; returns how many. */
export async function seedTranslations(db: PrismaClient, lang: TLang, seed: TSeedTranslations): Promise<number> {
  const campaign = await db.campaign.findUnique({
    where: { slug: CAMPAIGN_SLUG },
    select: {
      id: true,
      petitions: { select: { id: true }, orderBy: { createdAt: "asc" }, take: 1 },
      countries: { select: { id: true, slug: true, evidence: { select: { id: true, url: true } } } },
    },
  });
  if (!campaign) return 0;
  const rows: TRow[] = [];
  const add = (entity: string, entityId: string, fields: Record<string, string | undefined>) => {
    for (const [field, text] of Object.entries(fields)) if (text) rows.push({ lang, entity, entityId, field, text });
  };
  add("campaign", campaign.id, seed.campaign);
  if (campaign.petitions[0]) add("petition", campaign.petitions[0].id, seed.petition);
  for (const country of campaign.countries) {
    add("country", country.id, seed.countries[country.slug] ?? {});
    for (const item of country.evidence) add("evidence", item.id, { summary: seed.evidence[item.url] });
  }
  const { count } = await db.contentTranslation.createMany({ data: rows, skipDuplicates: true });
  return count;
}
