import { createPrismaClient } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrations";
import { applySeedCorrections, loadSeedHistory } from "../lib/seed/apply-seed-corrections";
import { seedCampaign } from "../lib/seed/seed-campaign";
import { loadSeedData, loadSeedLetters } from "../lib/seed/seed-data";
import { loadSeedTranslations, seedTranslations } from "../lib/seed/seed-translations";

/** Brings a database up to date: pending migrations, then the (idempotent) seed. */
export async function prepareDatabase(url: string): Promise<void> {
  const applied = await applyMigrations(url);
  if (applied.length) console.log(`Migrations applied: ${applied.join(", ")}`);
  const db = createPrismaClient(url, 2);
  try {
    const report = await seedCampaign(db, loadSeedData(), loadSeedLetters());
    if (report.created || report.updated) {
      console.log(`Seed: ${report.created} records created, ${report.updated} contacts refreshed.`);
    }
    const myTranslations = loadSeedTranslations("my");
    const translated = await seedTranslations(db, "my", myTranslations);
    if (translated) console.log(`Seed: ${translated} Burmese draft translations added.`);
    const corrections = await applySeedCorrections(db, loadSeedHistory(), {
      petitionBody: loadSeedData().campaign.petition.body,
      myTranslations,
      letters: new Map([...loadSeedLetters().values()].flat().map((l) => [l.key, l.body])),
    });
    if (corrections.corrected.length) console.log(`Seed words corrected: ${corrections.corrected.join("; ")}.`);
    if (corrections.leftAlone.length)
      console.log(`Seed corrections left alone, to correct by hand: ${corrections.leftAlone.join("; ")}.`);
  } finally {
    await db.$disconnect();
  }
}
