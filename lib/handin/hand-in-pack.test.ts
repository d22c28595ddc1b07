import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { AppError } from "../errors";
import { getPetition } from "../petition/petition";
import { pdfLines } from "../testing/pdf-text";
import { openHandInPack } from "./hand-in-pack";
import { namedSigners } from "./pack-facts";
import { CAMPAIGN_SLUG } from "../campaign/campaign-slug";

let db: PrismaClient;
let petitionId: string;
const T0 = new Date("2026-12-01T10:00:00Z");
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, 2);
  petitionId = (await getPetition(db)).id;
});
afterAll(() => db.$disconnect());

type TSig = {
  first: string | null;
  last?: string | null;
  handIn?: boolean;
  status?: "CONFIRMED" | "PENDING" | "INVALIDATED";
  country?: string;
  postcode?: string | null;
  at: number;
  confirmedAt?: number;
};

async function add(s: TSig) {
  await db.signature.create({
    data: {
      id: randomUUID(),
      petitionId,
      firstName: s.first,
      lastName: s.last === undefined ? "Tester" : s.last,
      emailKey: `${randomUUID()}@example.org`,
      signerCountry: s.country ?? "GB",
      postcode: s.postcode === undefined ? "SW1A 1AA" : s.postcode,
      handInConsent: s.handIn ?? false,
      consentNoticeVersion: "2026-11-28.2",
      status: s.status ?? "CONFIRMED",
      createdAt: minutes(s.at),
      confirmedAt: minutes(s.confirmedAt ?? s.at + 1),
    },
  });
}

async function readPack(slug: string | undefined, now: Date) {
  const pack = await openHandInPack(db, slug, now);
  let named = -1;
  const bytes = await new Response(pack.stream(async (n) => void (named = n))).arrayBuffer();
  return { pack, named, lines: await pdfLines(new Uint8Array(bytes)) };
}

describe("a hand-in pack", () => {
  beforeAll(async () => {
    await add({ first: "Named", last: "Londoner", handIn: true, postcode: "SW1A 1AA", at: 0 });
    await add({ first: "Counted", last: "Only", handIn: false, postcode: "EH1 1YZ", at: 1 });
    await add({ first: "အောင်", last: "ဆန်း", handIn: true, country: "MM", postcode: null, at: 2 });
    await add({ first: "Welsh", last: "Signer", handIn: true, postcode: "CF10 1AA", at: 3 });
    await add({ first: null, last: null, handIn: true, postcode: "BT1", at: 4 }); // anonymised: counted, no name
    await add({ first: "Odd", last: "Postcode", postcode: "ZZ9 9ZZ", at: 5 });
    await add({ first: "No", last: "Postcode", postcode: null, at: 6 });
    await add({ first: "Pending", last: "Person", handIn: true, status: "PENDING", at: 7 });
    await add({ first: "Bot", last: "Wave", handIn: true, status: "INVALIDATED", at: 8 });
    await add({ first: "Too", last: "Late", handIn: true, at: 9, confirmedAt: 600 });
    await add({ first: "山田", last: "はなこ", handIn: true, country: "JP", postcode: null, at: 10 });
    await add({ first: "محمد", last: "عبد الله", handIn: true, country: "EG", postcode: null, at: 11 });
  });

  it("addresses Japan's mission, counts every confirmed signature and names only those who asked", async () => {
    const { pack, named, lines } = await readPack("japan", minutes(60));
    const text = lines.join(" "); // wrapped lines joined again
    expect(pack.filename).toBe("hand-in-pack-japan-2026-12-01.pdf");
    expect(lines[0]).toBe("Embassy of Japan in the UK");
    expect(text).toContain("Dear Ambassador,");
    // Signatures of one day are dated by that one day.
    expect(text).toContain("signed by 9 people (signatures dated 1 December 2026).");
    expect(text).toContain("9 people signed the petition and confirmed their email address on 1 December 2026.");
    expect(text).not.toContain("family");
    expect(text).toContain("Burma Campaign UK's briefing of March 2021");
    expect(text).toContain("The briefing named Japan among them.");
    expect(text).toContain("names only the 5 signers who asked to be named");
    expect(text).toContain(`Source: Burma Campaign UK, Burma Briefing No. 54: "Countries involved`);
    expect(text).toContain("(March 2021), https://burmacampaign.org.uk/burma-");
    expect(text).toContain("End military training and cooperation with the Burmese military");
    // By where signers live, and UK signers by region.
    expect(lines).toContain("United Kingdom 6");
    expect(lines).toContain("Myanmar (Burma) 1");
    for (const row of ["London 1", "Scotland 1", "Wales 1", "Northern Ireland 1"]) expect(lines).toContain(row);
    expect(lines).toContain("UK (area not recognised) 1");
    expect(lines).toContain("UK (no postcode given) 1");
    // The named list: exactly the five who ticked the box, were confirmed in time and still have a
    // name, each as they wrote it (Burmese is read back in the order its glyphs are drawn; the Arabic
    // glyphs that stand for no letter of their own are invisible joiners).
    const list = lines
      .slice(
        lines.indexOf("Name Lives in") + 1,
        lines.findIndex((l) => l.includes("· page 3")),
      )
      .map((l) => l.replace(/\p{Default_Ignorable_Code_Point}/gu, ""));
    expect(list).toEqual([
      "Named Londoner United Kingdom",
      "\u1031\u1021\u102C\u1004\u103A \u1006\u1014\u103A\u1038 Myanmar (Burma)",
      "Welsh Signer United Kingdom",
      "山田 はなこ Japan",
      "محمد عبد الله Egypt",
    ]);
    expect(text).not.toContain("?");
    expect(named).toBe(5);
    for (const absent of ["Counted", "Pending", "Bot Wave", "Too Late"]) expect(text).not.toContain(absent);
  });

  it("makes one pack for all listed countries, naming them in briefing order", async () => {
    const { pack, lines } = await readPack(undefined, minutes(60));
    expect(pack.filename).toBe("hand-in-pack-all-countries-2026-12-01.pdf");
    expect(lines[0]).toBe("The governments named in Burma Campaign UK's briefing of March 2021");
    expect(lines.join(" ")).toContain("named Japan, India, Thailand, Russia, China, Vietnam, Cambodia, Ukraine,");
    expect(lines.join(" ")).toContain("Pakistan and Belarus among them");
    expect(lines.join(" ")).not.toContain("Australia");
  });

  it("says a country the campaign added was added by it, and when, not that the briefing named it", async () => {
    const campaign = await db.campaign.findUniqueOrThrow({ where: { slug: CAMPAIGN_SLUG } });
    await db.country.create({
      data: {
        campaignId: campaign.id,
        slug: "laos",
        iso2: "LA",
        name: "Laos",
        status: "LISTED",
        statusDate: new Date("2026-12-06T00:00:00Z"),
        addedBy: "organiser@example.org",
      },
    });
    try {
      const text = (await readPack("laos", minutes(60))).lines.join(" ");
      expect(text).toContain("The briefing did not name Laos: the campaign added it to its list on 6 December 2026.");
      expect(text).not.toContain("The briefing named Laos");
      const all = (await readPack(undefined, minutes(60))).lines.join(" ");
      expect(all).toContain("Pakistan and Belarus among them. The briefing did not name Laos: the campaign added it");
    } finally {
      await db.country.delete({ where: { campaignId_slug: { campaignId: campaign.id, slug: "laos" } } });
    }
  });

  it("is refused for a country off the list or not ours, before anything is written", async () => {
    for (const slug of ["australia", "atlantis"])
      await expect(openHandInPack(db, slug, minutes(60))).rejects.toSatisfy(
        (e) => e instanceof AppError && e.code === "NOT_FOUND",
      );
  });

  it("reads the names a page at a time, in the order they signed, with none twice", async () => {
    const pages: string[][] = [];
    for await (const page of namedSigners(db, petitionId, minutes(700), 2)) pages.push(page.map((s) => s.name));
    expect(pages).toEqual([
      ["Named Londoner", "အောင် ဆန်း"],
      ["Welsh Signer", "Too Late"],
      ["山田 はなこ", "محمد عبد الله"],
    ]);
  });
});
