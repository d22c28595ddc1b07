import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { context, signer } from "../testing/petition-fixtures";
import { getPetitionCounts } from "./counts";
import { signPetition } from "./sign-petition";

// Issue 26: the public counts (CORS *) must name no one. A value the submitter made up, or a country
// few share, would show within seconds when its one signer confirms.
let db: PrismaClient;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, 5);
});
afterAll(() => db.$disconnect());

async function signConfirmed(overrides: Parameters<typeof signer>[0], count: number) {
  const emails: string[] = [];
  for (let i = 0; i < count; i++) {
    const input = signer(overrides);
    emails.push(input.email);
    await signPetition(db, input, context());
  }
  await db.signature.updateMany({ where: { email: { in: emails } }, data: { status: "CONFIRMED" } });
  return db.signature.findMany({ where: { email: { in: emails } } });
}

describe("what signing keeps of where it came from", () => {
  it.each([
    "https://evil.example/",
    "<script>alert(1)</script>",
    "__proto__",
    "/petition\u202Etxt.exe",
    `/${"a".repeat(299)}`,
    "/countries/japan?tag=target-42",
    "/about",
    "/countries/no-such-country",
  ])("drops a made-up source %j", async (sourcePath) => {
    const [row] = await signConfirmed({ sourcePath }, 1);
    expect(row.sourcePath).toBeNull();
  });

  it.each(["/", "/petition", "/countries/japan", "/my", "/my/petition", "/my/countries/japan", "/embed/petition"])(
    "keeps the site's own page %j",
    async (sourcePath) => {
      const [row] = await signConfirmed({ sourcePath }, 1);
      expect(row.sourcePath).toBe(sourcePath);
    },
  );
});

describe("the public counts", () => {
  it("show no country or page with fewer than 10 confirmed signatures", async () => {
    await signConfirmed({ country: "AQ" }, 3);
    await signConfirmed({ country: "BV" }, 10);
    const counts = await getPetitionCounts(db);
    expect(counts.bySignerCountry.AQ).toBeUndefined();
    expect(counts.bySignerCountry.BV).toBe(10);
    for (const value of [...Object.values(counts.bySignerCountry), ...Object.values(counts.bySourcePage)])
      expect(value).toBeGreaterThanOrEqual(10);
  });
});
