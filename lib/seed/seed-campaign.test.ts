import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { ownDatabase } from "../testing/own-database";
import { seedCampaign } from "./seed-campaign";
import { loadSeedData, loadSeedLetters } from "./seed-data";

// Integration: runs against the fresh, already seeded database that scripts/with-db.ts provides.
let db: PrismaClient;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, 2);
});
afterAll(() => db.$disconnect());

async function snapshot() {
  return {
    campaigns: await db.campaign.findMany({ orderBy: { id: "asc" } }),
    links: await db.moreInfoLink.findMany({ orderBy: { id: "asc" } }),
    countries: await db.country.findMany({ orderBy: { id: "asc" } }),
    evidence: await db.evidenceItem.findMany({ orderBy: { id: "asc" } }),
    contacts: await db.contact.findMany({ orderBy: { id: "asc" } }),
    letters: await db.messageTemplate.findMany({ orderBy: { id: "asc" } }),
  };
}

describe("seedCampaign", () => {
  it("has loaded 13 countries, every briefing link and every contact unverified", async () => {
    const countries = await db.country.findMany({
      include: { evidence: true, contacts: true },
      orderBy: { briefingRank: "asc" },
    });
    expect(countries).toHaveLength(13);
    expect(countries.filter((c) => c.status === "LISTED").map((c) => c.briefingRank)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
    const australia = countries.find((c) => c.iso2 === "AU")!;
    expect([australia.status, australia.statusDate?.toISOString().slice(0, 10)]).toEqual(["REMOVED", "2021-03-07"]);
    const urls = countries.flatMap((c) => c.evidence.map((e) => e.url)).sort();
    expect(urls).toEqual(
      loadSeedData()
        .countries.flatMap((c) => c.evidence.map((e) => e.url))
        .sort(),
    );
    expect(countries.flatMap((c) => c.contacts).every((c) => c.verifiedAt === null)).toBe(true);
  });

  it("changes nothing when run again", async () => {
    const before = await snapshot();
    expect(await seedCampaign(db, loadSeedData(), loadSeedLetters())).toEqual({ created: 0, updated: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it("never overwrites a contact an organiser verified or edited, but refreshes one nobody touched", async () => {
    // It changes the seed data, so it works on a copy of its own (the other tests read the seed as loaded).
    const own = await ownDatabase();
    const db = createPrismaClient(own.url, 2);
    onTestFinished(async () => {
      await db.$disconnect();
      await own.drop();
    });
    const [edited, verified, untouched] = await db.contact.findMany({ orderBy: { name: "asc" }, take: 3 });
    await db.contact.update({ where: { id: edited.id }, data: { phone: "020 0000 0001", editedAt: new Date() } });
    await db.contact.update({
      where: { id: verified.id },
      data: { phone: "020 0000 0002", verifiedAt: new Date(), verifiedBy: "organiser@example.org" },
    });
    await db.contact.update({ where: { id: untouched.id }, data: { phone: "stale" } });

    expect(await seedCampaign(db, loadSeedData(), loadSeedLetters())).toEqual({ created: 0, updated: 1 });

    const phone = async (id: string) => (await db.contact.findUniqueOrThrow({ where: { id } })).phone;
    expect(await phone(edited.id)).toBe("020 0000 0001");
    expect(await phone(verified.id)).toBe("020 0000 0002");
    expect(await phone(untouched.id)).toBe(untouched.phone);
  });

  it("adds only the letters it has never written: an organiser's edit and retirement stay", async () => {
    const own = await ownDatabase();
    const db = createPrismaClient(own.url, 2);
    onTestFinished(async () => {
      await db.$disconnect();
      await own.drop();
    });
    const [edited, retired, removed] = await db.messageTemplate.findMany({ orderBy: { key: "asc" }, take: 3 });
    await db.messageTemplate.update({ where: { id: edited.id }, data: { body: "Edited.", version: 2 } });
    await db.messageTemplate.update({ where: { id: retired.id }, data: { retiredAt: new Date() } });
    await db.messageTemplate.delete({ where: { id: removed.id } });

    expect(await seedCampaign(db, loadSeedData(), loadSeedLetters())).toEqual({ created: 1, updated: 0 });
    const rows = await db.messageTemplate.findMany({
      where: { key: { in: [edited.key!, retired.key!, removed.key!] } },
    });
    expect(rows.find((r) => r.id === edited.id)?.body).toBe("Edited.");
    expect(rows.find((r) => r.id === retired.id)?.retiredAt).not.toBeNull();
    expect(rows.find((r) => r.key === removed.key)?.body).toBe(removed.body);
  });

  it("adds a country that is new in the data file without touching the others", async () => {
    const own = await ownDatabase();
    const db = createPrismaClient(own.url, 2);
    onTestFinished(async () => {
      await db.$disconnect();
      await own.drop();
    });
    const data = loadSeedData();
    const extra = { ...data.countries[0], slug: "testland", iso2: "ZZ", name: "Testland", briefingRank: null };
    const report = await seedCampaign(db, { ...data, countries: [...data.countries, extra] });
    expect(report).toEqual({ created: 1 + extra.evidence.length + extra.contacts.length, updated: 0 });
  });
});
