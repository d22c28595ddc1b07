import { createPrismaClient } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrations";
import { seedCampaign } from "../lib/campaign/seed";
import { loadSeedData, loadSeedLetters } from "../lib/campaign/seed-data";
import { loadSeedTranslations, seedTranslations } from "../lib/i18n/seed-translations";

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
    const translated = await seedTranslations(db, "my", loadSeedTranslations("my"));
    if (translated) console.log(`Seed: ${translated} Burmese draft translations added.`);
  } finally {
    await db.$disconnect();
  }
}
