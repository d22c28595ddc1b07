// `npm run db:seed`: loads prisma/data/campaign.json into the database (safe to run again).
import { createPrismaClient } from "../lib/db/client";
import { seedCampaign } from "../lib/campaign/seed";
import { loadSeedData, loadSeedLetters } from "../lib/campaign/seed-data";
import { withDatabaseUrl } from "./database";

withDatabaseUrl(async (url) => {
  const db = createPrismaClient(url, 2);
  try {
    const report = await seedCampaign(db, loadSeedData(), loadSeedLetters());
    console.log(`Seed: ${report.created} records created, ${report.updated} contacts refreshed.`);
  } finally {
    await db.$disconnect();
  }
}).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
