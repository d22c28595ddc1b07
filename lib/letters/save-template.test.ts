import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { AppError } from "../errors";
import { addCountryLetter } from "../content/add-content";
import { editLetter, setLetterRetired } from "./save-template";
import { englishOf } from "../reasons/reason";

let db: PrismaClient;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, 2);
});
afterAll(() => db.$disconnect());

const ACTOR = "organiser@example.org";
const countryId = async (slug: string) => (await db.country.findFirstOrThrow({ where: { slug } })).id;

describe("letters", () => {
  it("were seeded, at least three for each of the 12 listed countries and none for Australia", async () => {
    const countries = await db.country.findMany({ include: { messageTemplates: true } });
    const listed = countries.filter((c) => c.status === "LISTED");
    expect(listed).toHaveLength(12);
    for (const c of listed) expect(c.messageTemplates.length, c.slug).toBeGreaterThanOrEqual(3);
    expect(countries.find((c) => c.slug === "australia")!.messageTemplates).toEqual([]);
  });

  it("refuses an unknown merge field at save time and names it", async () => {
    const error = await addCountryLetter(db, ACTOR, "belarus", {
      subject: "Hi {{first_name}}",
      body: "Dear {{ambassador}}",
    }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(englishOf(error.details.fields.subject)).toMatch(/Unknown merge field \{\{first_name\}\}/);
    expect(englishOf(error.details.fields.body)).toMatch(/\{\{ambassador\}\}/);
  });

  it("saves a valid edit as a new version, cleaned, and audits it", async () => {
    const nepal = await countryId("nepal");
    const letter = await db.messageTemplate.findFirstOrThrow({ where: { countryId: nepal } });
    const saved = await editLetter(db, ACTOR, nepal, letter.id, {
      subject: "  {{country_name}} \u0000please ",
      body: "To the {{target_name}},\r\nPlease.",
    });
    expect([saved.subject, saved.body, saved.version]).toEqual([
      "{{country_name}} please",
      "To the {{target_name}},\nPlease.",
      letter.version + 1,
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "edit-letter", target: letter.id } });
    expect(audit.actorEmail).toBe(ACTOR);
  });

  it("will not edit another country's letter through this country", async () => {
    const japanLetter = await db.messageTemplate.findFirstOrThrow({ where: { country: { slug: "japan" } } });
    const error = await editLetter(db, ACTOR, await countryId("india"), japanLetter.id, {
      subject: "x",
      body: "y",
    }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe("NOT_FOUND");
  });

  it("retires and restores letters, but never the last one offered", async () => {
    const china = await countryId("china");
    const letters = await db.messageTemplate.findMany({ where: { countryId: china }, orderBy: { id: "asc" } });
    for (const l of letters.slice(1)) await setLetterRetired(db, ACTOR, china, l.id, true);
    const error = await setLetterRetired(db, ACTOR, china, letters[0].id, true).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.userMessage).toMatch(/only letter offered/);
    await setLetterRetired(db, ACTOR, china, letters[1].id, false);
    const offered = await db.messageTemplate.count({ where: { countryId: china, retiredAt: null } });
    expect(offered).toBe(2);
    const ids = letters.map((l) => l.id);
    expect(await db.auditLog.count({ where: { action: "retire-letter", target: { in: ids } } })).toBe(
      letters.length - 1,
    );
  });
});
