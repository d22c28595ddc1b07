// `npm run db:seed`: loads prisma/data/campaign.json into the database (safe to run again).
import { createPrismaClient } from "../lib/db/client";
import { seedCampaign } from "../lib/seed/seed-campaign";
import { loadSeedData, loadSeedLetters } from "../lib/seed/seed-data";
import { loadSeedTranslations, seedTranslations } from "../lib/seed/seed-translations";
import { withDatabaseUrl } from "./database";

withDatabaseUrl(async (url) => {
  const db = createPrismaClient(url, 2);
  try {
    const report = await seedCampaign(db, loadSeedData(), loadSeedLetters());
    console.log(`Seed: ${report.created} records created, ${report.updated} contacts refreshed.`);
    const translated = await seedTranslations(db, "my", loadSeedTranslations("my"));
    console.log(`Seed: ${translated} Burmese draft translations added.`);
  } finally {
    await db.$disconnect();
  }
}).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
