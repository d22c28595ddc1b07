import type { Prisma } from "../generated/prisma/client";
import type { PrismaClient } from "../db/client";
import { DEFAULT_HANDIN_LETTER } from "../handin/covering-letter";
import { addLetter } from "../letters/save-template";
import type { TSeedContact, TSeedData } from "./seed-data";

type TSeedLetter = { key: string; subject: string; body: string };

export type TSeedReport = { created: number; updated: number };

const CONTACT_FIELDS = ["address", "phone", "website", "emails", "notes", "sourceUrls"] as const;

function contactDiffers(row: Record<string, unknown>, seed: TSeedContact): boolean {
  return CONTACT_FIELDS.some((key) => JSON.stringify(row[key]) !== JSON.stringify(seed[key]));
}

/**
 * Loads the campaign data into the database. Idempotent: a second run writes nothing. It only
 * creates what is missing, and refreshes a contact from the data file only while no organiser has
 * verified or edited it, so the app's own records always win over the file.
 */
export async function seedCampaign(
  db: PrismaClient,
  data: TSeedData,
  letters: Map<string, TSeedLetter[]> = new Map(),
): Promise<TSeedReport> {
  return db.$transaction(
    async (tx) => {
      const report: TSeedReport = { created: 0, updated: 0 };
      const { briefing, moreInformation, petition, ...text } = data.campaign;
      const campaign =
        (await tx.campaign.findUnique({ where: { slug: text.slug } })) ??
        (report.created++,
        await tx.campaign.create({
          data: {
            ...text,
            briefingTitle: briefing.title,
            briefingPublisher: briefing.publisher,
            briefingSeries: briefing.series,
            briefingDate: briefing.date,
            briefingUrl: briefing.url,
          },
        }));
      if (!(await tx.petition.findUnique({ where: { slug: petition.slug } }))) {
        await tx.petition.create({ data: { ...petition, campaignId: campaign.id } });
        report.created++;
      }
      // The hand-in pack's covering letter: written once; after that it is the organisers'.
      if (!(await tx.handInLetter.findUnique({ where: { campaignId: campaign.id } }))) {
        await tx.handInLetter.create({ data: { campaignId: campaign.id, body: DEFAULT_HANDIN_LETTER } });
        report.created++;
      }
      for (const [position, link] of moreInformation.entries()) {
        const key = { campaignId_url: { campaignId: campaign.id, url: link.url } };
        if (await tx.moreInfoLink.findUnique({ where: key })) continue;
        await tx.moreInfoLink.create({ data: { ...link, position, campaignId: campaign.id } });
        report.created++;
      }
      for (const country of data.countries)
        await seedCountry(tx, campaign.id, country, letters.get(country.slug) ?? [], report);
      return report;
    },
    // Instances started at the same moment (an orchestrator's restart, the fault suite's R9) each seed
    // at start: on a busy database, or the embedded one (one connection at a time), the later ones wait
    // their turn to begin instead of failing their start after Prisma's default 2 s (seen in CI).
    { timeout: 60_000, maxWait: 30_000 },
  );
}

async function seedCountry(
  tx: Prisma.TransactionClient,
  campaignId: string,
  seed: TSeedData["countries"][number],
  letters: TSeedLetter[],
  report: TSeedReport,
) {
  const { evidence, contacts, status, statusDate, ...fields } = seed;
  const country =
    (await tx.country.findUnique({ where: { campaignId_slug: { campaignId, slug: seed.slug } } })) ??
    (report.created++,
    await tx.country.create({
      data: {
        ...fields,
        campaignId,
        status: status === "removed" ? "REMOVED" : "LISTED",
        statusDate: statusDate ? new Date(`${statusDate}T00:00:00Z`) : null,
      },
    }));
  for (const [position, item] of evidence.entries()) {
    const key = { countryId_url: { countryId: country.id, url: item.url } };
    if (await tx.evidenceItem.findUnique({ where: key })) continue;
    await tx.evidenceItem.create({ data: { ...item, position, countryId: country.id } });
    report.created++;
  }
  // Only a letter the seed has never written is added: an organiser's edits, and letters they
  // retired, stay as they are.
  for (const { key, ...letter } of letters) {
    if (await tx.messageTemplate.findUnique({ where: { countryId_key: { countryId: country.id, key } } })) continue;
    await addLetter(tx, country.id, letter, key);
    report.created++;
  }
  for (const contact of contacts) {
    const key = { countryId_kind_name: { countryId: country.id, kind: contact.kind, name: contact.name } };
    const row = await tx.contact.findUnique({ where: key });
    if (!row) {
      await tx.contact.create({ data: { ...contact, countryId: country.id } });
      report.created++;
    } else if (!row.verifiedAt && !row.editedAt && contactDiffers(row, contact)) {
      await tx.contact.update({ where: { id: row.id }, data: contact });
      report.updated++;
    }
  }
}
