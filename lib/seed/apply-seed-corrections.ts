// A data migration, run with the seed on every start (scripts/prepare-database.ts): the seed only
// creates what is missing, so a database seeded before the seed's words were corrected keeps the old
// words. Here a row still holding words the seed once shipped (prisma/data/seed-history.json), exactly,
// gets the seed's current words; a row an organiser changed is left alone, and reported, so they can
// correct it themselves. Translations stay drafts: a correction is never an approval.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { PrismaClient } from "../db/client";
import { DEFAULT_HANDIN_LETTER } from "../handin/covering-letter";
import type { TSeedTranslations } from "./seed-translations";
import { CAMPAIGN_SLUG } from "../campaign/campaign-slug";

const ZSeedHistory = z.object({
  petitionBody: z.array(z.string()),
  handInLetter: z.array(z.string()),
  /** Letters to governments, by the seed's key. */
  letters: z.record(z.string(), z.array(z.string())),
  translations: z.object({
    my: z.object({ "petition.body": z.array(z.string()), evidence: z.record(z.string(), z.array(z.string())) }),
  }),
});
export type TSeedHistory = z.infer<typeof ZSeedHistory>;

export function loadSeedHistory(file = path.join(process.cwd(), "prisma/data/seed-history.json")): TSeedHistory {
  return ZSeedHistory.parse(JSON.parse(readFileSync(file, "utf8")));
}

export type TCorrectionReport = { corrected: string[]; leftAlone: string[] };

export async function applySeedCorrections(
  db: PrismaClient,
  history: TSeedHistory,
  current: { petitionBody: string; myTranslations: TSeedTranslations; letters: Map<string, string> },
): Promise<TCorrectionReport> {
  const report: TCorrectionReport = { corrected: [], leftAlone: [] };
  const campaign = await db.campaign.findUnique({
    where: { slug: CAMPAIGN_SLUG },
    select: {
      id: true,
      petitions: { select: { id: true, body: true }, orderBy: { createdAt: "asc" }, take: 1 },
      handInLetter: { select: { id: true, body: true, editedBy: true } },
      countries: { select: { evidence: { select: { id: true, url: true } } } },
    },
  });
  if (!campaign) return report;

  // Only a row that differs from the seed's current words is looked at; then it is either the old
  // seed's words (corrected) or somebody's own (left alone).
  const petition = campaign.petitions[0];
  if (petition && petition.body !== current.petitionBody) {
    if (history.petitionBody.includes(petition.body)) {
      await db.petition.update({ where: { id: petition.id }, data: { body: current.petitionBody } });
      report.corrected.push("petition text");
    } else report.leftAlone.push("petition text (edited by an organiser)");
  }

  const letter = campaign.handInLetter;
  if (letter && letter.body !== DEFAULT_HANDIN_LETTER) {
    if (letter.editedBy === null && history.handInLetter.includes(letter.body)) {
      await db.handInLetter.update({ where: { id: letter.id }, data: { body: DEFAULT_HANDIN_LETTER } });
      report.corrected.push("hand-in covering letter");
    } else report.leftAlone.push(`hand-in covering letter (edited by ${letter.editedBy ?? "an organiser"})`);
  }

  // A letter an organiser edited has a later version: theirs.
  const seedLetters = await db.messageTemplate.findMany({
    where: { key: { in: Object.keys(history.letters) }, country: { campaignId: campaign.id } },
    select: { id: true, key: true, body: true, version: true },
  });
  for (const letter of seedLetters) {
    const now = current.letters.get(letter.key!);
    if (!now || letter.body === now) continue;
    if (letter.version === 1 && history.letters[letter.key!].includes(letter.body)) {
      await db.messageTemplate.update({ where: { id: letter.id }, data: { body: now } });
      report.corrected.push(`letter ${letter.key}`);
    } else report.leftAlone.push(`letter ${letter.key} (edited by an organiser)`);
  }

  const my = history.translations.my;
  const targets: { label: string; entity: string; entityId: string; field: string; old: string[]; now?: string }[] = [];
  if (petition)
    targets.push({
      label: "Burmese petition text",
      entity: "petition",
      entityId: petition.id,
      field: "body",
      old: my["petition.body"],
      now: current.myTranslations.petition.body,
    });
  for (const item of campaign.countries.flatMap((c) => c.evidence))
    if (my.evidence[item.url])
      targets.push({
        label: `Burmese research note on ${item.url}`,
        entity: "evidence",
        entityId: item.id,
        field: "summary",
        old: my.evidence[item.url],
        now: current.myTranslations.evidence[item.url],
      });
  for (const t of targets) {
    if (!t.now) continue;
    const key = { lang_entity_entityId_field: { lang: "my", entity: t.entity, entityId: t.entityId, field: t.field } };
    const row = await db.contentTranslation.findUnique({ where: key, select: { text: true, updatedBy: true } });
    if (!row || row.text === t.now) continue;
    if (row.updatedBy === null && t.old.includes(row.text)) {
      await db.contentTranslation.update({ where: key, data: { text: t.now } });
      report.corrected.push(t.label);
    } else report.leftAlone.push(`${t.label} (saved by ${row.updatedBy ?? "an organiser"})`);
  }
  return report;
}
