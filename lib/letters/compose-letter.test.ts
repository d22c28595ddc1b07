import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { composeLetter, ZComposeLetterInput } from "./compose-letter";
import { renderLetterPage } from "./letter-page";

// The composer's form as posted without JavaScript: the seeded Japan page's first contact and letter.
let db: PrismaClient;
let form: { target: string; letter: string; body: string };
beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, 2);
  const japan = await db.country.findFirstOrThrow({
    where: { slug: "japan" },
    include: { contacts: { orderBy: [{ kind: "asc" }, { name: "asc" }] }, messageTemplates: true },
  });
  const template = japan.messageTemplates.find((t) => t.retiredAt === null)!;
  // The message box as the page drew it: the letter with no name or town.
  const body = template.body
    .replaceAll("{{target_name}}", japan.contacts[0].name)
    .replaceAll("{{country_name}}", japan.name)
    .replace(/\{\{\s*supporter_(name|town)\s*\}\}/g, "");
  form = { target: japan.contacts[0].id, letter: template.id, body };
}, 60_000);
afterAll(async () => {
  await db.$disconnect();
});

const compose = (fields: Record<string, string>) =>
  composeLetter(db, ZComposeLetterInput.parse({ lang: "en", country: "japan", ...form, ...fields }));

describe("composeLetter (the composer without JavaScript)", () => {
  it("puts the name, town and own sentence into the suggested letter, before its sign-off", async () => {
    const letter = await compose({ name: "Thida Win", town: "Leeds", sentence: "My family lives in Mandalay." });
    expect(letter.body).toContain("Thida Win");
    expect(letter.body).toContain("Leeds");
    const lastParagraph = letter.body.slice(letter.body.lastIndexOf("\n\n"));
    expect(letter.body).toContain("My family lives in Mandalay.");
    expect(lastParagraph).not.toContain("My family lives in Mandalay.");
    expect(letter.sender).toEqual({ name: "Thida Win", town: "Leeds", address: "" });
  });

  it("converts Burmese typed in Zawgyi in every field, the sentence and an edited message too", async () => {
    const letter = await compose({
      name: "ေအာင္ဆန္းစုၾကည္",
      town: "ျမန္မာ",
      sentence: "ေအာင္ဆန္းစုၾကည္ ျမန္မာ",
      body: "Dear Ambassador,\n\nေအာင္ဆန္းစုၾကည္\n\nYours",
      address: "ျမန္မာ",
    });
    expect(letter.sender).toEqual({ name: "အောင်ဆန်းစုကြည်", town: "မြန်မာ", address: "မြန်မာ" });
    expect(letter.body).toBe("Dear Ambassador,\n\nအောင်ဆန်းစုကြည်\n\nအောင်ဆန်းစုကြည် မြန်မာ\n\nYours");
  });

  it("keeps an edited message as typed", async () => {
    const letter = await compose({ name: "A", body: "My own words entirely." });
    expect(letter.body).toBe("My own words entirely.");
  });

  it("refuses a contact of another country", async () => {
    const other = await db.contact.findFirstOrThrow({ where: { country: { slug: "vietnam" } } });
    await expect(compose({ target: other.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("draws what was typed as text, never as markup", async () => {
    const letter = await compose({ name: "<script>alert(1)</script>", sentence: '"><img src=x onerror=alert(1)>' });
    const page = renderLetterPage(letter, new Date("2026-12-07T12:00:00Z"));
    expect(page).not.toContain("<script>alert");
    expect(page).not.toContain("<img src=x");
    expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(page).toContain("7 December 2026");
  });
});
