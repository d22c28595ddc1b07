import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { AppError } from "../errors";
import {
  addContact,
  addCountry,
  addEvidence,
  addUpdate,
  ZNewContact,
  ZNewCountry,
  ZNewEvidence,
  ZNewUpdate,
} from "./add-content";
import { englishOfZod } from "../reasons/reason";

let db: PrismaClient;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, 2);
});
afterAll(() => db.$disconnect());

const ACTOR = "organiser@example.org";
const COUNTRY = {
  name: "Testland",
  slug: "testland",
  iso2: "zz",
  status: "LISTED",
  statusDate: "2026-11-20",
  statusNote: "Added in a test.",
  statusSourceUrl: "https://example.org/source",
};

describe("organisers add to the campaign", () => {
  it("refuses a country without a date, a reason or a source, in words", () => {
    const result = ZNewCountry.safeParse({
      ...COUNTRY,
      statusDate: "",
      statusNote: " ",
      statusSourceUrl: "javascript:x",
    });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => `${String(i.path[0])}: ${englishOfZod(i.message)}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        "statusDate: Give the date as YYYY-MM-DD.",
        expect.stringMatching(/^statusNote: /),
        expect.stringMatching(/^statusSourceUrl: The source must be a full web address/),
      ]),
    );
  });

  it("adds a country outside the briefing, refuses its slug or code twice, and audits it", async () => {
    const country = await addCountry(db, ACTOR, ZNewCountry.parse(COUNTRY));
    expect([country.iso2, country.briefingRank, country.status]).toEqual(["ZZ", null, "LISTED"]);
    const again = await addCountry(db, ACTOR, ZNewCountry.parse({ ...COUNTRY, iso2: "ZY" })).catch((e) => e);
    expect(again).toBeInstanceOf(AppError);
    expect(again.details.fields).toEqual({ slug: { code: "alreadyTaken" } });
    const japanCode = await addCountry(db, ACTOR, ZNewCountry.parse({ ...COUNTRY, slug: "other", iso2: "JP" })).catch(
      (e) => e,
    );
    expect(japanCode.userMessage).toMatch(/^Japan already has that code/);
    expect(await db.auditLog.count({ where: { action: "add-country", target: "testland" } })).toBe(1);
  });

  it("adds evidence after the briefing's, marked as theirs, its date as precise as its source", async () => {
    const item = await addEvidence(
      db,
      ACTOR,
      "japan",
      ZNewEvidence.parse({
        title: "A later report",
        url: "https://example.org/report",
        relatedUrls: "https://example.org/a\n\nhttps://example.org/b",
        publisher: "",
        publishedDate: "2024-05",
        dateNote: "approx.",
        summary: "",
      }),
    );
    const japan = await db.evidenceItem.findMany({
      where: { country: { slug: "japan" } },
      orderBy: { position: "asc" },
    });
    expect(japan.at(-1)!.id).toBe(item.id);
    expect([item.addedBy, item.publishedDate, item.dateNote, item.publisher, item.relatedUrls.length]).toEqual([
      ACTOR,
      "2024-05",
      "approx.",
      null,
      2,
    ]);
    expect(
      ZNewEvidence.safeParse({ title: "x", url: "https://x", relatedUrls: "", publishedDate: "May 2024" }).success,
    ).toBe(false);
  });

  it("adds a contact unverified, and refuses one without a source", async () => {
    const input = {
      kind: "GOVERNMENT",
      name: "Ministry of Foreign Affairs",
      address: "",
      phone: "",
      website: "",
      emails: "",
      notes: "",
      sourceUrls: "https://example.org/mfa",
    };
    const contact = await addContact(db, ACTOR, "india", ZNewContact.parse(input));
    expect(contact.verifiedAt).toBeNull();
    expect(ZNewContact.safeParse({ ...input, sourceUrls: "" }).success).toBe(false);
  });

  it("adds a dated update to a country of ours only", async () => {
    const input = ZNewUpdate.parse({
      happenedOn: "2025",
      dateNote: "",
      title: "A reply",
      summary: "",
      sourceUrl: "https://example.org/reply",
    });
    const update = await addUpdate(db, ACTOR, "vietnam", input);
    expect([update.happenedOn, update.dateNote, update.summary, update.createdBy]).toEqual(["2025", null, null, ACTOR]);
    const unknown = await addUpdate(db, ACTOR, "atlantis", input).catch((e) => e);
    expect(unknown.code).toBe("NOT_FOUND");
    expect(ZNewUpdate.safeParse({ ...input, happenedOn: "2025-13" }).success).toBe(false);
  });
});

describe("source addresses", () => {
  it.each([
    "javascript:alert(1)",
    "data:text/html,<b>x</b>",
    "mailto:a@b.example",
    "ftp://example.org/x",
    "example.org",
  ])("refuses %s as a source", (url) => {
    const result = ZNewUpdate.safeParse({ happenedOn: "2025", dateNote: "", title: "x", summary: "", sourceUrl: url });
    expect(result.success).toBe(false);
  });
});
